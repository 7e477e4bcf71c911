import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { ErreurFournisseur } from "./ErreurFournisseur.js";
import type { DemandeCreee, DemandeSignature, FournisseurSignature, NiveauSignature, NotificationSignature, ResultatNotification, StatutDemande } from "./FournisseurSignature.js";

/**
 * Configuration de l'adaptateur Yousign (API v3).
 *
 * @example
 * ```ts
 * const configuration: ConfigurationYousign = { cleApi: process.env.YOUSIGN_CLE_API ?? "", secretWebhook: process.env.YOUSIGN_SECRET_WEBHOOK ?? "" };
 * ```
 */
export interface ConfigurationYousign {
  /** Clé d'API (`Authorization: Bearer`) ; jamais reprise dans une erreur. */
  readonly cleApi: string;
  /** Secret des webhooks (HMAC-SHA256 de `X-Yousign-Signature-256`). */
  readonly secretWebhook: string;
  /** @default "https://api.yousign.app/v3" (bac à sable : "https://api-sandbox.yousign.app/v3") */
  readonly urlBase?: string;
  /** Nouvelles tentatives (429 pour toute requête ; 5xx et réseau pour les lectures). @default 3 */
  readonly tentatives?: number;
  /** Délai d'une tentative, en ms. @default 30000 */
  readonly delaiMs?: number;
  /** Plafond d'attente d'un `Retry-After`, en ms. @default 60000 */
  readonly attenteMaxMs?: number;
  /** Attente entre deux tentatives (injectable pour les tests). @default setTimeout */
  readonly attendre?: (ms: number) => Promise<void>;
  /** Horloge pour les `Retry-After` en date HTTP. @default Date.now */
  readonly horloge?: () => number;
  /** @default globalThis.fetch */
  readonly fetch?: typeof globalThis.fetch;
}

const schemaDemande = z.object({ id: z.string(), status: z.string(), signers: z.array(z.object({ id: z.string(), status: z.string() })).optional() });
const schemaIdentifiant = z.object({ id: z.string() });
const schemaNotification = z.object({
  event_id: z.string(),
  event_name: z.string(),
  event_time: z.union([z.string(), z.number()]),
  data: z.object({ signature_request: z.object({ id: z.string() }), signer: z.object({ id: z.string() }).optional() }),
});

const NIVEAUX: Readonly<Record<NiveauSignature, string>> = {
  simple: "electronic_signature",
  avancee: "advanced_electronic_signature",
  qualifiee: "qualified_electronic_signature",
};

const STATUTS: Readonly<Record<string, StatutDemande>> = {
  draft: "brouillon",
  ongoing: "en_cours",
  done: "terminee",
  expired: "expiree",
  canceled: "annulee",
  declined: "refusee",
};

const EVENEMENTS: Readonly<Record<string, NotificationSignature["type"]>> = {
  "signature_request.activated": "demande_activee",
  "signer.done": "signataire_a_signe",
  "signature_request.done": "demande_terminee",
  "signature_request.expired": "demande_expiree",
  "signature_request.canceled": "demande_annulee",
  "signature_request.declined": "demande_refusee",
};

function attendreParDefaut(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface Appel {
  readonly methode: "GET" | "POST";
  readonly chemin: string;
  readonly json?: unknown;
  readonly formulaire?: FormData;
  /** Rejouable après 5xx ou erreur réseau (lectures). */
  readonly rejouable: boolean;
}

/**
 * Adaptateur du port {@link FournisseurSignature} pour l'**API Yousign v3** (prestataire de
 * services de confiance qualifié) : création de la demande (`POST /signature_requests`),
 * dépôt du PDF (`POST …/documents`, multipart), signataires avec leur champ de signature
 * dans la case du CERFA (`POST …/signers`), activation (`POST …/activate`), état
 * (`GET /signature_requests/{id}`), document signé (`GET …/documents/{id}/download`), piste
 * d'audit d'un signataire (`GET …/signers/{id}/audit_trails/download`), et webhooks authentifiés
 * (HMAC-SHA256). 429 : attente du `Retry-After` puis nouvelle tentative ; 5xx et erreurs réseau :
 * nouvelles tentatives pour les lectures seulement (une création n'est jamais rejouée, pour ne
 * pas créer deux demandes) ; demande expirée : {@link ErreurFournisseur} `SIG-FOURNISSEUR-DEMANDE-EXPIREE`.
 *
 * @example
 * ```ts
 * const yousign = creerFournisseurYousign({ cleApi: process.env.YOUSIGN_CLE_API ?? "", secretWebhook: process.env.YOUSIGN_SECRET_WEBHOOK ?? "" });
 * const demande = await yousign.creerDemande({ nom: "Contrat MARTIN", document: pdf, nomFichier: "cerfa.pdf", signataires, emplacements: await emplacementsSignatureCerfa(pdf) });
 * ```
 */
export function creerFournisseurYousign(configuration: ConfigurationYousign): FournisseurSignature {
  const urlBase = (configuration.urlBase ?? "https://api.yousign.app/v3").replace(/\/$/u, "");
  const tentatives = configuration.tentatives ?? 3;
  const attendre = configuration.attendre ?? attendreParDefaut;
  const horloge = configuration.horloge ?? Date.now;
  const attenteMax = configuration.attenteMaxMs ?? 60_000;
  const appelerFetch = configuration.fetch ?? globalThis.fetch;

  function attenteRetryAfter(valeur: string | null, tentative: number): number {
    if (valeur !== null) {
      const secondes = Number(valeur);
      if (Number.isFinite(secondes) && secondes >= 0) return Math.min(attenteMax, secondes * 1000);
      const date = Date.parse(valeur);
      if (!Number.isNaN(date)) return Math.min(attenteMax, Math.max(0, date - horloge()));
    }
    return Math.min(10_000, 500 * 2 ** tentative);
  }

  async function appeler(appel: Appel): Promise<Response> {
    for (let tentative = 0; ; tentative++) {
      let reponse: Response;
      try {
        reponse = await appelerFetch(`${urlBase}${appel.chemin}`, {
          method: appel.methode,
          headers: { authorization: `Bearer ${configuration.cleApi}`, accept: "application/json, application/pdf", ...(appel.json === undefined ? {} : { "content-type": "application/json" }) },
          ...(appel.json === undefined ? {} : { body: JSON.stringify(appel.json) }),
          ...(appel.formulaire === undefined ? {} : { body: appel.formulaire }),
          signal: AbortSignal.timeout(configuration.delaiMs ?? 30_000),
        });
      } catch {
        if (appel.rejouable && tentative < tentatives) {
          await attendre(attenteRetryAfter(null, tentative));
          continue;
        }
        throw new ErreurFournisseur("SIG-FOURNISSEUR-RESEAU", `Yousign injoignable (${appel.methode} ${appel.chemin}) : erreur réseau ou délai dépassé.`);
      }
      if (reponse.status === 429 && tentative < tentatives) {
        await reponse.body?.cancel();
        await attendre(attenteRetryAfter(reponse.headers.get("retry-after"), tentative));
        continue;
      }
      if (reponse.status >= 500 && appel.rejouable && tentative < tentatives) {
        await reponse.body?.cancel();
        await attendre(attenteRetryAfter(null, tentative));
        continue;
      }
      if (!reponse.ok) {
        let details: Record<string, unknown> = {};
        try {
          details = (await reponse.json()) as Record<string, unknown>;
        } catch {
          details = {};
        }
        const type = typeof details["type"] === "string" ? details["type"] : "inconnu";
        if (reponse.status === 429 || reponse.status >= 500) {
          throw new ErreurFournisseur("SIG-FOURNISSEUR-INDISPONIBLE", `Yousign indisponible (${appel.methode} ${appel.chemin} : statut ${reponse.status}) après ${tentative + 1} tentative(s).`, reponse.status, details);
        }
        throw new ErreurFournisseur("SIG-FOURNISSEUR-REFUS", `Yousign a refusé la requête ${appel.methode} ${appel.chemin} (statut ${reponse.status}, type « ${type} »).`, reponse.status, details);
      }
      return reponse;
    }
  }

  async function json<S extends z.ZodType>(appel: Appel, schema: S): Promise<z.output<S>> {
    const reponse = await appeler(appel);
    let donnees: unknown;
    try {
      donnees = await reponse.json();
    } catch {
      throw new ErreurFournisseur("SIG-FOURNISSEUR-REPONSE-ILLISIBLE", `Réponse de Yousign illisible (${appel.methode} ${appel.chemin} : JSON invalide).`, reponse.status);
    }
    const lu = schema.safeParse(donnees);
    if (!lu.success) throw new ErreurFournisseur("SIG-FOURNISSEUR-REPONSE-ILLISIBLE", `Réponse de Yousign inattendue (${appel.methode} ${appel.chemin}).`, reponse.status);
    return lu.data;
  }

  async function octets(appel: Appel): Promise<Uint8Array> {
    const reponse = await appeler(appel);
    return new Uint8Array(await reponse.arrayBuffer());
  }

  async function etatDemande(id: string): Promise<{ statut: StatutDemande; signataires: { id: string; aSigne: boolean }[] }> {
    const d = await json({ methode: "GET", chemin: `/signature_requests/${encodeURIComponent(id)}`, rejouable: true }, schemaDemande);
    return { statut: STATUTS[d.status] ?? "inconnu", signataires: (d.signers ?? []).map((s) => ({ id: s.id, aSigne: s.status === "signed" })) };
  }

  async function exigerTerminee(id: string): Promise<void> {
    const etat = await etatDemande(id);
    if (etat.statut === "expiree") throw new ErreurFournisseur("SIG-FOURNISSEUR-DEMANDE-EXPIREE", `La demande de signature ${id} a expiré avant d'être signée par tous : elle doit être recréée.`);
  }

  return {
    nom: "Yousign (API v3)",
    async creerDemande(demande: DemandeSignature): Promise<DemandeCreee> {
      const creee = await json(
        { methode: "POST", chemin: "/signature_requests", json: { name: demande.nom, delivery_mode: "email", timezone: "Europe/Paris", ...(demande.expiration === undefined ? {} : { expiration_date: demande.expiration }) }, rejouable: false },
        schemaDemande,
      );
      const formulaire = new FormData();
      formulaire.append("file", new Blob([new Uint8Array(demande.document)], { type: "application/pdf" }), demande.nomFichier);
      formulaire.append("nature", "signable_document");
      const document = await json({ methode: "POST", chemin: `/signature_requests/${creee.id}/documents`, formulaire, rejouable: false }, schemaIdentifiant);
      const signataires: { role: DemandeCreee["signataires"][number]["role"]; id: string }[] = [];
      for (const s of demande.signataires) {
        const emplacement = demande.emplacements[s.role];
        const champ = emplacement === undefined ? [] : [{ document_id: document.id, type: "signature", page: emplacement.page, x: emplacement.x, y: emplacement.y, width: emplacement.largeur, height: emplacement.hauteur }];
        const cree = await json(
          {
            methode: "POST",
            chemin: `/signature_requests/${creee.id}/signers`,
            json: {
              info: { first_name: s.prenom, last_name: s.nom, email: s.courriel, locale: "fr", ...(s.telephone === undefined ? {} : { phone_number: s.telephone }) },
              signature_level: NIVEAUX[demande.niveau ?? "avancee"],
              signature_authentication_mode: s.telephone === undefined ? "otp_email" : "otp_sms",
              fields: champ,
            },
            rejouable: false,
          },
          schemaIdentifiant,
        );
        signataires.push({ role: s.role, id: cree.id });
      }
      const activee = await json({ methode: "POST", chemin: `/signature_requests/${creee.id}/activate`, rejouable: false }, schemaDemande);
      return { id: creee.id, documentId: document.id, signataires, statut: STATUTS[activee.status] ?? "inconnu" };
    },
    etatDemande,
    async telechargerDocumentSigne(demande: DemandeCreee): Promise<Uint8Array> {
      await exigerTerminee(demande.id);
      return octets({ methode: "GET", chemin: `/signature_requests/${demande.id}/documents/${demande.documentId}/download`, rejouable: true });
    },
    async telechargerPreuve(demande: DemandeCreee, signataireId: string): Promise<Uint8Array> {
      await exigerTerminee(demande.id);
      return octets({ methode: "GET", chemin: `/signature_requests/${demande.id}/signers/${encodeURIComponent(signataireId)}/audit_trails/download`, rejouable: true });
    },
    recevoirNotification(corps: string, entetes: Readonly<Record<string, string | string[] | undefined>>): ResultatNotification {
      const brut = Object.entries(entetes).find(([cle]) => cle.toLowerCase() === "x-yousign-signature-256")?.[1];
      const recue = Array.isArray(brut) ? brut[0] : brut;
      const attendue = `sha256=${createHmac("sha256", configuration.secretWebhook).update(corps).digest("hex")}`;
      if (recue === undefined || recue.length !== attendue.length || !timingSafeEqual(Buffer.from(recue), Buffer.from(attendue))) {
        return { ok: false, code: "SIG-NOTIFICATION-NON-AUTHENTIFIEE", message: "Notification refusée : signature X-Yousign-Signature-256 absente ou invalide." };
      }
      let donnees: unknown;
      try {
        donnees = JSON.parse(corps) as unknown;
      } catch {
        return { ok: false, code: "SIG-NOTIFICATION-ILLISIBLE", message: "Notification illisible (JSON invalide)." };
      }
      const lu = schemaNotification.safeParse(donnees);
      if (!lu.success) return { ok: false, code: "SIG-NOTIFICATION-ILLISIBLE", message: "Notification d'une forme inattendue." };
      const n = lu.data;
      const secondes = Number(n.event_time);
      return {
        ok: true,
        notification: {
          idEvenement: n.event_id,
          type: EVENEMENTS[n.event_name] ?? "autre",
          demandeId: n.data.signature_request.id,
          ...(n.data.signer === undefined ? {} : { signataireId: n.data.signer.id }),
          date: Number.isFinite(secondes) ? new Date(secondes * 1000).toISOString() : String(n.event_time),
        },
      };
    },
  };
}

import { createHash, createHmac, randomUUID } from "node:crypto";
import { demarrerServeurEmulateur, type EmulateurHttp, type OptionsEmulateur, type ReponseEmulateur, type RequeteEmulateur, type RouteEmulateur } from "../ServeurEmulateur";

/**
 * Clé d'API acceptée par défaut par l'émulateur Yousign (`Authorization: Bearer`).
 *
 * @example
 * ```ts
 * creerFournisseurYousign({ urlBase: `${emulateur.url}/v3`, cleApi: CLE_API_EMULATEUR_YOUSIGN, secretWebhook: SECRET_WEBHOOK_EMULATEUR_YOUSIGN });
 * ```
 */
export const CLE_API_EMULATEUR_YOUSIGN = "cle-api-emulateur-yousign";

/**
 * Secret partagé des notifications (webhooks) de l'émulateur : en-tête
 * `X-Yousign-Signature-256: sha256=<HMAC-SHA256 hexadécimal du corps>`.
 *
 * @example
 * ```ts
 * const secret = SECRET_WEBHOOK_EMULATEUR_YOUSIGN;
 * ```
 */
export const SECRET_WEBHOOK_EMULATEUR_YOUSIGN = "secret-webhook-emulateur-yousign";

/**
 * Notification (webhook) produite par l'émulateur, telle qu'elle serait postée à l'abonné :
 * corps JSON brut et en-têtes, pour la rejouer, la dupliquer ou la livrer dans le désordre.
 *
 * @example
 * ```ts
 * const [premiere] = emulateur.notifications();
 * premiere?.entetes["x-yousign-signature-256"]; // "sha256=…"
 * ```
 */
export interface NotificationYousignEmulee {
  readonly corps: string;
  readonly entetes: Readonly<Record<string, string>>;
}

/**
 * Options de l'émulateur Yousign.
 *
 * @example
 * ```ts
 * const options: OptionsEmulateurYousign = { horloge: () => Date.parse("2026-09-01T08:00:00Z"), pannes: [{ type: "trop_de_requetes", retryAfter: 2 }] };
 * ```
 */
export interface OptionsEmulateurYousign extends Pick<OptionsEmulateur, "pannes"> {
  readonly cleApi?: string;
  readonly secretWebhook?: string;
  /** Horloge (ms depuis l'époque) : dates des événements et expiration. @default Date.now */
  readonly horloge?: () => number;
}

interface Signataire {
  readonly id: string;
  statut: "initiated" | "notified" | "signed" | "declined";
  readonly info: Record<string, unknown>;
  readonly champs: readonly Record<string, unknown>[];
  readonly niveau: string;
}

interface Document {
  readonly id: string;
  readonly nom: string;
  readonly nature: string;
  readonly octets: Buffer;
}

interface Demande {
  readonly id: string;
  readonly nom: string;
  statut: "draft" | "ongoing" | "done" | "expired" | "canceled" | "declined";
  readonly expiration: string | undefined;
  readonly documents: Document[];
  readonly signataires: Signataire[];
}

/**
 * Émulateur Yousign démarré : fonctions communes plus les actions d'un signataire et de la
 * plateforme (signer, expirer) et les notifications produites.
 *
 * @example
 * ```ts
 * const emulateur = await demarrerEmulateurYousign();
 * emulateur.signerPour(demandeId, signataireId);
 * ```
 */
export interface EmulateurYousign extends EmulateurHttp {
  /** Le signataire signe (sur la page de Yousign) : statut, événement `signer.done`, et `signature_request.done` quand tous ont signé. */
  signerPour(demandeId: string, signataireId: string): void;
  /** La demande expire (date d'expiration dépassée) : statut `expired`, événement `signature_request.expired`. */
  expirer(demandeId: string): void;
  /** Notifications produites jusqu'ici, dans l'ordre d'émission. */
  notifications(): readonly NotificationYousignEmulee[];
  /** Corps JSON public d'une demande (comme `GET /signature_requests/{id}`). */
  demande(demandeId: string): Record<string, unknown> | undefined;
}

/** Corps d'une erreur au format de l'API v3 (`type`, `detail`). */
function erreur(statut: number, type: string, detail: string): ReponseEmulateur {
  return { statut, corps: { type, detail } };
}

/** Corps JSON objet d'une requête, `undefined` s'il est absent, invalide ou n'est pas un objet. */
function objetJson(requete: RequeteEmulateur): Record<string, unknown> | undefined {
  const corps = requete.corps;
  return typeof corps === "object" && corps !== null && !Array.isArray(corps) ? (corps as Record<string, unknown>) : undefined;
}

/** Lit les parties d'un corps `multipart/form-data` (champs texte et fichier). */
function lireMultipart(corps: Buffer, typeContenu: string): Map<string, { nomFichier?: string; octets: Buffer }> | undefined {
  const frontiere = /boundary=(?:"([^"]+)"|([^;]+))/iu.exec(typeContenu);
  const marque = frontiere?.[1] ?? frontiere?.[2];
  if (marque === undefined) return undefined;
  const separateur = Buffer.from(`--${marque}`);
  const parties = new Map<string, { nomFichier?: string; octets: Buffer }>();
  let position = corps.indexOf(separateur);
  while (position >= 0) {
    const debut = position + separateur.length;
    if (corps.subarray(debut, debut + 2).toString() === "--") break;
    const suivant = corps.indexOf(separateur, debut);
    if (suivant < 0) return undefined;
    const partie = corps.subarray(debut + 2, suivant - 2);
    const finEntetes = partie.indexOf("\r\n\r\n");
    if (finEntetes < 0) return undefined;
    const entetes = partie.subarray(0, finEntetes).toString("utf8");
    const nom = /name="([^"]*)"/u.exec(entetes)?.[1];
    const nomFichier = /filename="([^"]*)"/u.exec(entetes)?.[1];
    if (nom !== undefined) parties.set(nom, { ...(nomFichier === undefined ? {} : { nomFichier }), octets: partie.subarray(finEntetes + 4) });
    position = suivant;
  }
  return parties;
}

/**
 * Démarre un émulateur de l'API **Yousign v3** (signature électronique) sur 127.0.0.1, bâti
 * sur le serveur commun des émulateurs (`demarrerServeurEmulateur`, corps binaires compris), qui
 * parle le contrat public de l'API : `POST /v3/signature_requests`, `POST …/documents`
 * (multipart, PDF), `POST …/signers` (champs de signature), `POST …/activate`,
 * `GET /v3/signature_requests/{id}`, `GET …/documents/{documentId}/download`,
 * `GET …/signers/{signerId}/audit_trails/download`, authentification `Bearer`. Les
 * notifications (webhooks) sont signées en HMAC-SHA256 (`X-Yousign-Signature-256`) et
 * conservées pour être livrées, rejouées ou désordonnées par le test. Pannes à la demande :
 * 429 avec `Retry-After`, 5xx, JSON tronqué, coupure ; demande expirée.
 *
 * @example
 * ```ts
 * const emulateur = await demarrerEmulateurYousign({ pannes: [{ type: "trop_de_requetes", retryAfter: 1 }] });
 * try { … } finally { await emulateur.arreter(); }
 * ```
 */
export async function demarrerEmulateurYousign(options: OptionsEmulateurYousign = {}): Promise<EmulateurYousign> {
  const cleApi = options.cleApi ?? CLE_API_EMULATEUR_YOUSIGN;
  const secret = options.secretWebhook ?? SECRET_WEBHOOK_EMULATEUR_YOUSIGN;
  const horloge = options.horloge ?? Date.now;
  const demandes = new Map<string, Demande>();
  const notifications: NotificationYousignEmulee[] = [];

  function publique(d: Demande): Record<string, unknown> {
    return {
      id: d.id,
      status: d.statut,
      name: d.nom,
      delivery_mode: "email",
      expiration_date: d.expiration ?? null,
      documents: d.documents.map((doc) => ({ id: doc.id, nature: doc.nature })),
      signers: d.signataires.map((s) => ({ id: s.id, status: s.statut })),
    };
  }

  function notifier(nom: string, d: Demande, signataire?: Signataire): void {
    const corps = JSON.stringify({
      event_id: randomUUID(),
      event_name: nom,
      event_time: String(Math.floor(horloge() / 1000)),
      subscription_id: "abonnement-emulateur",
      subscription_description: "Émulateur Communs OPCO",
      sandbox: true,
      data: { signature_request: publique(d), ...(signataire === undefined ? {} : { signer: { id: signataire.id, status: signataire.statut } }) },
    });
    const signature = createHmac("sha256", secret).update(corps).digest("hex");
    notifications.push({ corps, entetes: { "content-type": "application/json", "x-yousign-signature-256": `sha256=${signature}` } });
  }

  /** Route sur une demande existante (`:demande`) ; 404 au format de l'API sinon. */
  function surDemande(methode: RouteEmulateur["methode"], motif: string, gerer: (d: Demande, requete: RequeteEmulateur) => ReponseEmulateur): RouteEmulateur {
    return {
      methode,
      motif: `/v3/signature_requests/:demande${motif}`,
      gerer(requete) {
        const d = demandes.get(requete.parametresChemin["demande"] ?? "");
        return d === undefined ? erreur(404, "not_found", "Signature request not found.") : gerer(d, requete);
      },
    };
  }

  const pdf = (octets: Uint8Array): ReponseEmulateur => ({ statut: 200, corps: octets, entetes: { "content-type": "application/pdf" } });

  const routes: RouteEmulateur[] = [
    {
      methode: "POST",
      motif: "/v3/signature_requests",
      gerer(requete) {
        const json = objetJson(requete);
        if (json === undefined) return erreur(400, "invalid_request_error", "Corps JSON invalide.");
        if (typeof json["name"] !== "string" || json["name"] === "") return erreur(400, "invalid_request_error", "name: This value should not be blank.");
        const d: Demande = {
          id: randomUUID(),
          nom: json["name"],
          statut: "draft",
          expiration: typeof json["expiration_date"] === "string" ? json["expiration_date"] : undefined,
          documents: [],
          signataires: [],
        };
        demandes.set(d.id, d);
        return { statut: 201, corps: publique(d) };
      },
    },
    surDemande("GET", "", (d) => ({ statut: 200, corps: publique(d) })),
    surDemande("POST", "/documents", (d, requete) => {
      if (d.statut !== "draft") return erreur(400, "invalid_request_error", "Signature request must be in draft.");
      const octets = requete.corpsOctets ?? new Uint8Array(0);
      const parties = lireMultipart(Buffer.from(octets.buffer, octets.byteOffset, octets.byteLength), String(requete.entetes["content-type"] ?? ""));
      const fichier = parties?.get("file");
      if (fichier === undefined || fichier.octets.subarray(0, 5).toString("latin1") !== "%PDF-") {
        return erreur(400, "invalid_request_error", "file: a PDF file is required.");
      }
      const document: Document = { id: randomUUID(), nom: fichier.nomFichier ?? "document.pdf", nature: parties?.get("nature")?.octets.toString("utf8") ?? "signable_document", octets: Buffer.from(fichier.octets) };
      d.documents.push(document);
      return {
        statut: 201,
        corps: { id: document.id, filename: document.nom, nature: document.nature, content_type: "application/pdf", sha256: createHash("sha256").update(document.octets).digest("hex") },
      };
    }),
    surDemande("POST", "/signers", (d, requete) => {
      if (d.statut !== "draft") return erreur(400, "invalid_request_error", "Signature request must be in draft.");
      const json = objetJson(requete);
      if (json === undefined) return erreur(400, "invalid_request_error", "Corps JSON invalide.");
      const info = json["info"] as Record<string, unknown> | undefined;
      const champs = Array.isArray(json["fields"]) ? (json["fields"] as Record<string, unknown>[]) : [];
      if (info === undefined || typeof info["email"] !== "string" || typeof info["last_name"] !== "string") {
        return erreur(400, "invalid_request_error", "info.email, info.last_name: This value should not be blank.");
      }
      if (champs.some((c) => !d.documents.some((doc) => doc.id === c["document_id"]) || c["type"] !== "signature" || typeof c["page"] !== "number")) {
        return erreur(400, "invalid_request_error", "fields: unknown document_id or invalid field.");
      }
      const s: Signataire = { id: randomUUID(), statut: "initiated", info, champs, niveau: String(json["signature_level"] ?? "electronic_signature") };
      d.signataires.push(s);
      return { statut: 201, corps: { id: s.id, status: s.statut, info, signature_level: s.niveau } };
    }),
    surDemande("POST", "/activate", (d) => {
      if (d.statut !== "draft") return erreur(400, "invalid_request_error", "Signature request must be in draft.");
      if (!d.documents.some((doc) => doc.nature === "signable_document") || d.signataires.length === 0) {
        return erreur(400, "invalid_request_error", "A signable document and at least one signer are required.");
      }
      d.statut = "ongoing";
      for (const s of d.signataires) s.statut = "notified";
      notifier("signature_request.activated", d);
      return { statut: 201, corps: publique(d) };
    }),
    surDemande("GET", "/documents/:document/download", (d, requete) => {
      const document = d.documents.find((doc) => doc.id === requete.parametresChemin["document"]);
      if (document === undefined) return erreur(404, "not_found", "Document not found.");
      if (d.statut !== "done") return erreur(400, "invalid_request_error", "Signature request is not done.");
      return pdf(document.octets);
    }),
    surDemande("GET", "/signers/:signataire/audit_trails/download", (d, requete) => {
      const s = d.signataires.find((x) => x.id === requete.parametresChemin["signataire"]);
      if (s === undefined) return erreur(404, "not_found", "Signer not found.");
      if (s.statut !== "signed") return erreur(400, "invalid_request_error", "Signer has not signed yet.");
      return pdf(Buffer.from(`%PDF-1.4\n% Piste d'audit émulée : demande ${d.id}, signataire ${s.id}, ${String(s.info["email"])}\n%%EOF\n`, "utf8"));
    }),
  ];

  const serveur = await demarrerServeurEmulateur({
    routes,
    ...(options.pannes === undefined ? {} : { pannes: options.pannes }),
    authentifier: (requete) => (requete.entetes.authorization === `Bearer ${cleApi}` ? undefined : erreur(401, "unauthorized", "Invalid API key.")),
  });

  return {
    ...serveur,
    signerPour(demandeId, signataireId) {
      const d = demandes.get(demandeId);
      const s = d?.signataires.find((x) => x.id === signataireId);
      if (d === undefined || s === undefined || d.statut !== "ongoing") throw new Error("Demande non en cours ou signataire inconnu.");
      s.statut = "signed";
      notifier("signer.done", d, s);
      if (d.signataires.every((x) => x.statut === "signed")) {
        d.statut = "done";
        notifier("signature_request.done", d);
      }
    },
    expirer(demandeId) {
      const d = demandes.get(demandeId);
      if (d === undefined) throw new Error("Demande inconnue.");
      d.statut = "expired";
      notifier("signature_request.expired", d);
    },
    notifications: () => [...notifications],
    demande(demandeId) {
      const d = demandes.get(demandeId);
      return d === undefined ? undefined : publique(d);
    },
  };
}

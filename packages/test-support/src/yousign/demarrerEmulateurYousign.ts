import { createHash, createHmac, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { EmulateurHttp, LigneJournalEmulateur, OptionsEmulateur, PanneEmulateur, StatistiquesEmulateur } from "../ServeurEmulateur";

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
function erreur(statut: number, type: string, detail: string): { statut: number; corps: unknown } {
  return { statut, corps: { type, detail } };
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
 * Démarre un émulateur de l'API **Yousign v3** (signature électronique) sur 127.0.0.1, qui
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
  const debut = performance.now();
  const demandes = new Map<string, Demande>();
  const notifications: NotificationYousignEmulee[] = [];
  let pannes = (options.pannes ?? []).map((panne) => ({ panne, restantes: panne.fois ?? 1 }));
  const statistiques: StatistiquesEmulateur = { requetes: 0, reponses429: 0, reponses5xx: 0, refusAuthentification: 0, concurrenceMax: 0, journal: [] };
  let enCours = 0;

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

  function prendrePanne(chemin: string): PanneEmulateur | undefined {
    const index = pannes.findIndex((p) => p.panne.route === undefined || chemin.startsWith(p.panne.route));
    const trouvee = pannes[index];
    if (trouvee === undefined) return undefined;
    trouvee.restantes -= 1;
    if (trouvee.restantes <= 0) pannes.splice(index, 1);
    return trouvee.panne;
  }

  function gerer(methode: string, chemin: string, corps: Buffer, typeContenu: string): { statut: number; corps: unknown; binaire?: Buffer } {
    const segments = chemin.split("/").filter((s) => s.length > 0);
    if (segments[0] !== "v3" || segments[1] !== "signature_requests") return erreur(404, "not_found", "Route inconnue.");
    if (segments.length === 2 && methode === "POST") {
      let json: Record<string, unknown>;
      try {
        json = JSON.parse(corps.toString("utf8")) as Record<string, unknown>;
      } catch {
        return erreur(400, "invalid_request_error", "Corps JSON invalide.");
      }
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
    }
    const d = demandes.get(segments[2] ?? "");
    if (d === undefined) return erreur(404, "not_found", "Signature request not found.");
    const action = segments[3];
    if (segments.length === 3 && methode === "GET") return { statut: 200, corps: publique(d) };
    if (action === "documents" && segments.length === 4 && methode === "POST") {
      if (d.statut !== "draft") return erreur(400, "invalid_request_error", "Signature request must be in draft.");
      const parties = lireMultipart(corps, typeContenu);
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
    }
    if (action === "signers" && segments.length === 4 && methode === "POST") {
      if (d.statut !== "draft") return erreur(400, "invalid_request_error", "Signature request must be in draft.");
      let json: Record<string, unknown>;
      try {
        json = JSON.parse(corps.toString("utf8")) as Record<string, unknown>;
      } catch {
        return erreur(400, "invalid_request_error", "Corps JSON invalide.");
      }
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
    }
    if (action === "activate" && segments.length === 4 && methode === "POST") {
      if (d.statut !== "draft") return erreur(400, "invalid_request_error", "Signature request must be in draft.");
      if (!d.documents.some((doc) => doc.nature === "signable_document") || d.signataires.length === 0) {
        return erreur(400, "invalid_request_error", "A signable document and at least one signer are required.");
      }
      d.statut = "ongoing";
      for (const s of d.signataires) s.statut = "notified";
      notifier("signature_request.activated", d);
      return { statut: 201, corps: publique(d) };
    }
    if (action === "documents" && segments.length === 6 && segments[5] === "download" && methode === "GET") {
      const document = d.documents.find((doc) => doc.id === segments[4]);
      if (document === undefined) return erreur(404, "not_found", "Document not found.");
      if (d.statut !== "done") return erreur(400, "invalid_request_error", "Signature request is not done.");
      return { statut: 200, corps: undefined, binaire: document.octets };
    }
    if (action === "signers" && segments.length === 7 && segments[5] === "audit_trails" && segments[6] === "download" && methode === "GET") {
      const s = d.signataires.find((x) => x.id === segments[4]);
      if (s === undefined) return erreur(404, "not_found", "Signer not found.");
      if (s.statut !== "signed") return erreur(400, "invalid_request_error", "Signer has not signed yet.");
      const texte = `%PDF-1.4\n% Piste d'audit émulée : demande ${d.id}, signataire ${s.id}, ${String(s.info["email"])}\n%%EOF\n`;
      return { statut: 200, corps: undefined, binaire: Buffer.from(texte, "utf8") };
    }
    return erreur(405, "method_not_allowed", "Méthode non autorisée.");
  }

  function envoyer(reponse: ServerResponse, ligne: LigneJournalEmulateur, statut: number, corps: unknown, entetes: Record<string, string> = {}, binaire?: Buffer): void {
    ligne.statut = statut;
    if (statut === 429) statistiques.reponses429 += 1;
    if (statut >= 500) statistiques.reponses5xx += 1;
    if (statut === 401) statistiques.refusAuthentification += 1;
    const charge = binaire ?? Buffer.from(typeof corps === "string" ? corps : corps === undefined ? "" : JSON.stringify(corps));
    reponse.writeHead(statut, {
      "content-type": binaire === undefined ? "application/json" : "application/pdf",
      "content-length": String(charge.length),
      ...entetes,
    });
    reponse.end(charge);
  }

  async function traiter(requete: IncomingMessage, reponse: ServerResponse): Promise<void> {
    const adresse = new URL(requete.url ?? "/", "http://127.0.0.1");
    const ligne: LigneJournalEmulateur = { methode: requete.method ?? "GET", url: `${adresse.pathname}${adresse.search}`, statut: 0, recueA: performance.now() - debut };
    statistiques.requetes += 1;
    statistiques.journal.push(ligne);
    const morceaux: Buffer[] = [];
    for await (const morceau of requete) morceaux.push(morceau as Buffer);
    const corps = Buffer.concat(morceaux);
    const panne = prendrePanne(adresse.pathname);
    if (panne !== undefined) {
      switch (panne.type) {
        case "trop_de_requetes":
          envoyer(reponse, ligne, 429, { type: "too_many_requests", detail: "Too many requests." }, panne.retryAfter === undefined ? {} : { "retry-after": String(panne.retryAfter) });
          return;
        case "erreur_serveur":
          envoyer(reponse, ligne, panne.statut ?? 500, { type: "internal_error", detail: "Internal error." });
          return;
        case "json_malforme":
          envoyer(reponse, ligne, 200, '{"id": "12');
          return;
        case "reponse":
          envoyer(reponse, ligne, panne.reponse.statut, panne.reponse.corps, { ...panne.reponse.entetes });
          return;
        case "coupure":
        case "blocage":
          reponse.socket?.destroy();
          return;
        case "latence":
          break;
      }
    }
    if (requete.headers.authorization !== `Bearer ${cleApi}`) {
      envoyer(reponse, ligne, 401, { type: "unauthorized", detail: "Invalid API key." });
      return;
    }
    const r = gerer(requete.method ?? "GET", adresse.pathname, corps, requete.headers["content-type"] ?? "");
    envoyer(reponse, ligne, r.statut, r.corps, {}, r.binaire);
  }

  const serveur = createServer((requete, reponse) => {
    enCours += 1;
    statistiques.concurrenceMax = Math.max(statistiques.concurrenceMax, enCours);
    reponse.on("close", () => {
      enCours -= 1;
    });
    traiter(requete, reponse).catch(() => {
      if (!reponse.headersSent && !reponse.destroyed) {
        reponse.writeHead(500, { "content-type": "application/json" });
        reponse.end(JSON.stringify({ type: "internal_error", detail: "Erreur de l'émulateur." }));
      }
    });
  });
  serveur.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    serveur.once("error", reject);
    serveur.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = serveur.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    statistiques,
    ajouterPanne(panne) {
      pannes.push({ panne, restantes: panne.fois ?? 1 });
    },
    reinitialiser() {
      pannes = [];
      statistiques.requetes = 0;
      statistiques.reponses429 = 0;
      statistiques.reponses5xx = 0;
      statistiques.refusAuthentification = 0;
      statistiques.concurrenceMax = 0;
      statistiques.journal.length = 0;
    },
    arreter() {
      return new Promise<void>((resolve, reject) => {
        serveur.close((e) => (e ? reject(e) : resolve()));
        serveur.closeAllConnections();
      });
    },
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

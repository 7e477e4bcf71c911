import type { RoleSignataire } from "../RoleSignataire.js";

/**
 * Niveau de signature demandé au prestataire (vocabulaire eIDAS) : électronique « simple »,
 * avancée, ou qualifiée (certificat qualifié et dispositif qualifié de création de signature).
 *
 * @example
 * ```ts
 * const niveau: NiveauSignature = "avancee";
 * ```
 */
export type NiveauSignature = "simple" | "avancee" | "qualifiee";

/**
 * Signataire d'une demande envoyée à un prestataire.
 *
 * @example
 * ```ts
 * const s: SignataireDemande = { role: "employeur", prenom: "Jeanne", nom: "EMPLOYEUR", courriel: "jeanne@example.fr" };
 * ```
 */
export interface SignataireDemande {
  readonly role: RoleSignataire;
  readonly prenom: string;
  readonly nom: string;
  readonly courriel: string;
  readonly telephone?: string;
}

/**
 * Emplacement d'une signature visible sur le document, en points, origine en **haut à gauche**
 * de la page (convention des API de prestataires), page numérotée à partir de 1.
 *
 * @example
 * ```ts
 * const e: EmplacementSignature = { page: 2, x: 44, y: 697, largeur: 132, hauteur: 24 };
 * ```
 */
export interface EmplacementSignature {
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly largeur: number;
  readonly hauteur: number;
}

/**
 * Demande de signature : le document (PDF du CERFA), ses signataires dans l'ordre, et
 * l'emplacement de chacun (case du CERFA de son rôle).
 *
 * @example
 * ```ts
 * const demande: DemandeSignature = { nom: "Contrat MARTIN", document: pdf, nomFichier: "cerfa.pdf", signataires, emplacements: await emplacementsSignatureCerfa(pdf) };
 * ```
 */
export interface DemandeSignature {
  readonly nom: string;
  readonly document: Uint8Array;
  readonly nomFichier: string;
  readonly signataires: readonly SignataireDemande[];
  readonly emplacements: Readonly<Partial<Record<RoleSignataire, EmplacementSignature>>>;
  /** @default "avancee" */
  readonly niveau?: NiveauSignature;
  /** Date d'expiration (`AAAA-MM-JJ`). */
  readonly expiration?: string;
}

/**
 * Statut d'une demande chez le prestataire.
 *
 * @example
 * ```ts
 * const statut: StatutDemande = "terminee";
 * ```
 */
export type StatutDemande = "brouillon" | "en_cours" | "terminee" | "expiree" | "annulee" | "refusee" | "inconnu";

/**
 * Demande créée et activée : identifiants du prestataire (demande, document, signataires par rôle).
 *
 * @example
 * ```ts
 * const d: DemandeCreee = { id: "…", documentId: "…", signataires: [{ role: "employeur", id: "…" }], statut: "en_cours" };
 * ```
 */
export interface DemandeCreee {
  readonly id: string;
  readonly documentId: string;
  readonly signataires: readonly { readonly role: RoleSignataire; readonly id: string }[];
  readonly statut: StatutDemande;
}

/**
 * Notification reçue d'un prestataire (webhook), normalisée.
 *
 * @example
 * ```ts
 * const n: NotificationSignature = { idEvenement: "…", type: "signataire_a_signe", demandeId: "…", signataireId: "…", date: "2026-09-01T08:00:00.000Z" };
 * ```
 */
export interface NotificationSignature {
  readonly idEvenement: string;
  readonly type: "demande_activee" | "signataire_a_signe" | "demande_terminee" | "demande_expiree" | "demande_annulee" | "demande_refusee" | "autre";
  readonly demandeId: string;
  readonly signataireId?: string;
  readonly date: string;
}

/**
 * Résultat de la réception d'une notification : notification authentifiée, ou refus (signature
 * HMAC absente ou fausse, corps illisible) avec un message en français.
 *
 * @example
 * ```ts
 * const r = fournisseur.recevoirNotification(corps, entetes);
 * if (!r.ok) reponse.status(401);
 * ```
 */
export type ResultatNotification = { readonly ok: true; readonly notification: NotificationSignature } | { readonly ok: false; readonly code: string; readonly message: string };

/**
 * **Port** vers un prestataire de services de confiance (signature à distance, éventuellement
 * qualifiée) : un OPCO l'implémente pour son propre prestataire. `creerDemande` dépose le
 * document, déclare les signataires et leurs emplacements puis active la demande ; les
 * notifications (webhooks) sont authentifiées par `recevoirNotification` et suivies par
 * `SuiviDemandesSignature` ; le document signé et la preuve (piste d'audit) sont téléchargés à
 * la fin. Adaptateur fourni : {@link creerFournisseurYousign}.
 *
 * @example
 * ```ts
 * const fournisseur: FournisseurSignature = creerFournisseurYousign({ cleApi, secretWebhook });
 * const demande = await fournisseur.creerDemande({ nom: "Contrat", document: pdf, nomFichier: "cerfa.pdf", signataires, emplacements });
 * ```
 */
export interface FournisseurSignature {
  readonly nom: string;
  creerDemande(demande: DemandeSignature): Promise<DemandeCreee>;
  etatDemande(id: string): Promise<{ readonly statut: StatutDemande; readonly signataires: readonly { readonly id: string; readonly aSigne: boolean }[] }>;
  telechargerDocumentSigne(demande: DemandeCreee): Promise<Uint8Array>;
  telechargerPreuve(demande: DemandeCreee, signataireId: string): Promise<Uint8Array>;
  recevoirNotification(corps: string, entetes: Readonly<Record<string, string | string[] | undefined>>): ResultatNotification;
}

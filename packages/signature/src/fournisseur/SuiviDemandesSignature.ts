import type { NotificationSignature, StatutDemande } from "./FournisseurSignature.js";

/**
 * État d'une demande suivi à partir des notifications.
 *
 * @example
 * ```ts
 * suivi.etat("id")?.statut; // "terminee"
 * ```
 */
export interface EtatSuivi {
  readonly statut: StatutDemande;
  readonly signatairesAyantSigne: readonly string[];
  /** Date de la dernière notification qui a changé le statut. */
  readonly dateStatut: string;
}

/**
 * Effet d'une notification sur le suivi : appliquée, rejouée (déjà reçue : ignorée), ou
 * périmée (plus ancienne que l'état connu, ou contraire à un état final : ignorée).
 *
 * @example
 * ```ts
 * const effet: EffetNotification = "rejouee";
 * ```
 */
export type EffetNotification = "appliquee" | "rejouee" | "perimee";

const FINALS: ReadonlySet<StatutDemande> = new Set(["terminee", "expiree", "annulee", "refusee"]);
const STATUTS: Readonly<Record<string, StatutDemande>> = {
  demande_activee: "en_cours",
  demande_terminee: "terminee",
  demande_expiree: "expiree",
  demande_annulee: "annulee",
  demande_refusee: "refusee",
};

/**
 * Suivi idempotent des demandes de signature à partir des notifications d'un prestataire :
 * une notification rejouée (même identifiant d'événement) est ignorée ; une notification
 * arrivée dans le désordre ne fait jamais régresser le statut (un état final — terminée,
 * expirée, annulée, refusée — est définitif, et un statut plus ancien que le statut connu est
 * ignoré) ; la signature d'un signataire est toujours retenue.
 *
 * @example
 * ```ts
 * const suivi = new SuiviDemandesSignature();
 * const r = fournisseur.recevoirNotification(corps, entetes);
 * if (r.ok) suivi.appliquer(r.notification); // "appliquee" | "rejouee" | "perimee"
 * ```
 */
export class SuiviDemandesSignature {
  readonly #vus = new Set<string>();
  readonly #etats = new Map<string, { statut: StatutDemande; signes: Set<string>; dateStatut: string }>();

  appliquer(notification: NotificationSignature): EffetNotification {
    if (this.#vus.has(notification.idEvenement)) return "rejouee";
    this.#vus.add(notification.idEvenement);
    const etat = this.#etats.get(notification.demandeId) ?? { statut: "en_cours" as StatutDemande, signes: new Set<string>(), dateStatut: "" };
    this.#etats.set(notification.demandeId, etat);
    if (notification.type === "signataire_a_signe") {
      if (notification.signataireId === undefined || etat.signes.has(notification.signataireId)) return "perimee";
      etat.signes.add(notification.signataireId);
      return "appliquee";
    }
    const statut = STATUTS[notification.type];
    if (statut === undefined) return "perimee";
    if (FINALS.has(etat.statut) || (etat.dateStatut !== "" && notification.date < etat.dateStatut)) return "perimee";
    etat.statut = statut;
    etat.dateStatut = notification.date;
    return "appliquee";
  }

  etat(demandeId: string): EtatSuivi | undefined {
    const etat = this.#etats.get(demandeId);
    return etat === undefined ? undefined : { statut: etat.statut, signatairesAyantSigne: [...etat.signes], dateStatut: etat.dateStatut };
  }
}

import type { StatutOffreLba } from "./StatutOffreLba";

/**
 * Événement de l'historique de statut d'une offre (`offer_status_history`).
 *
 * @example
 * ```ts
 * const evenement: EvenementStatutOffre = { statut: "Cancelled", raison: "Offre expirée", date: "2026-03-01T00:00:00+01:00", accordePar: "cycle-de-vie" };
 * ```
 */
export interface EvenementStatutOffre {
  readonly statut: StatutOffreLba;
  readonly raison: string;
  /** Instant ISO 8601. */
  readonly date: string;
  /** Auteur du changement (utilisateur, ou `cycle-de-vie` pour les traitements automatiques). */
  readonly accordePar: string;
}

/**
 * État d'une offre nécessaire à son cycle de vie : statut, expiration, candidatures reçues,
 * prolongations, relances envoyées et historique.
 *
 * @example
 * ```ts
 * const etat: EtatOffre = { statut: "Active", expiration: "2026-03-01T00:00:00+01:00", candidatures: 3, prolongations: 0, relancesEnvoyees: {}, historique: [] };
 * ```
 */
export interface EtatOffre {
  readonly statut: StatutOffreLba;
  /** Instant ISO 8601 d'expiration (début de journée, heure de Paris). */
  readonly expiration: string;
  /** Candidatures reçues. @default 0 */
  readonly candidatures?: number;
  /** Nombre de prolongations (`job_prolongation_count`). @default 0 */
  readonly prolongations?: number;
  /** Dernière prolongation (instant ISO), le cas échéant. */
  readonly derniereProlongation?: string;
  /** Relances déjà envoyées : code (`J7`, `J1`) → instant d'envoi. */
  readonly relancesEnvoyees?: Readonly<Record<string, string>>;
  readonly historique?: readonly EvenementStatutOffre[];
}

import type { ParametreConsulte } from "@communs-opco/parametres";

/**
 * Nature d'une échéance de l'échéancier de prise en charge.
 *
 * @example
 * ```ts
 * const n: NatureEcheance = "avance";
 * ```
 */
export type NatureEcheance = "avance" | "versement" | "solde" | "regularisation" | "majoration_rqth" | "frais_annexes";

/**
 * Une échéance : montant en centimes (négatif pour une régularisation à reverser par le CFA),
 * date d'exigibilité et explication en français.
 *
 * @example
 * ```ts
 * const e: Echeance = { annee: 1, nature: "avance", date: "2025-09-01", dateLimite: "2025-10-01", pourcentage: 40, montantCentimes: 379880,
 *   explication: "Année 1 : avance de 40 % de 9 497,00 € …" };
 * ```
 */
export interface Echeance {
  /** Année d'exécution (1, 2…) ; 0 pour les frais annexes du contrat. */
  annee: number;
  nature: NatureEcheance;
  /** Date à partir de laquelle l'échéance est exigible. */
  date: string;
  /** Date limite (paiement de l'avance sous 30 jours de la facture, forclusion du solde). */
  dateLimite?: string;
  pourcentage?: number;
  montantCentimes: number;
  explication: string;
}

/**
 * Une année d'exécution du contrat et le montant dû pour cette année.
 *
 * @example
 * ```ts
 * const a: AnneeFinancement = { numero: 1, debut: "2025-09-01", fin: "2026-08-31", finExecution: "2026-03-19", jours: 200, moisCommences: 7,
 *   montantPrevuCentimes: 949700, montantDuCentimes: 520384, explication: "…" };
 * ```
 */
export interface AnneeFinancement {
  numero: number;
  debut: string;
  /** Fin de l'année d'exécution prévue (veille de l'anniversaire ou fin du contrat). */
  fin: string;
  /** Dernier jour réellement exécuté dans l'année (rupture comprise). */
  finExecution: string;
  jours: number;
  moisCommences: number;
  /** Montant de l'année selon le contrat prévu. */
  montantPrevuCentimes: number;
  /** Montant dû pour les jours (ou mois commencés) réellement exécutés, participation de l'employeur déduite. */
  montantDuCentimes: number;
  explication: string;
}

/**
 * Échéancier de prise en charge d'un contrat par l'OPCO : années, échéances, participation de
 * l'employeur, majoration RQTH, frais annexes, total dû, paramètres consultés. Les points non
 * tranchés (niveau inconnu, date invalide…) sont listés dans `indeterminations`.
 *
 * @example
 * ```ts
 * const e: Echeancier = calculerEcheancier(entree);
 * console.log(e.totalDuCentimes / 100);
 * ```
 */
export interface Echeancier {
  regime: { dateEffet: string; proratisation: "mois_commence" | "jour"; libelle: string };
  npecAnnuelCentimes: number;
  annees: AnneeFinancement[];
  echeances: Echeance[];
  partEmployeur: { montantCentimes: number; explication: string } | null;
  totalDuCentimes: number;
  /** Date de forclusion du solde (justificatifs de service fait non transmis), ou `null`. */
  forclusionSolde: string | null;
  parametres: ParametreConsulte<unknown>[];
  indeterminations: string[];
}

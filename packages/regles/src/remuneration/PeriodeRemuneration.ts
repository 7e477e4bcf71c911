import type { TrancheAgeApprenti } from "@communs-opco/parametres";
import type { DateIso } from "./dates/DateIso";

/**
 * Une période du contrat à taux constant, avant tout calcul monétaire : une part d'année
 * d'exécution dans une même tranche d'âge.
 *
 * @example
 * ```ts
 * const p: PeriodeRemuneration = {
 *   annee: 2, numero: "2.2", debut: "2026-02-01", fin: "2026-08-31", age: 18, tranche: "18_20_ans",
 * };
 * ```
 */
export interface PeriodeRemuneration {
  /** Année d'exécution (1 à 4 ; la 4e couvre aussi les années suivantes). */
  annee: number;
  /** Numéro de la ligne du CERFA : « 1.1 », « 1.2 », « 2.1 »… */
  numero: string;
  debut: DateIso;
  fin: DateIso;
  /** Âge retenu pour la tranche (l'âge ne compte qu'au 1er du mois suivant l'anniversaire, sauf au début du contrat). */
  age: number;
  tranche: TrancheAgeApprenti;
}

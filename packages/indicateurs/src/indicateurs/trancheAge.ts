import { civilDepuisJour } from "@communs-opco/dates";

/**
 * Tranches d'âge du Tableau de bord : `-18` [0, 18), `18-20` [18, 21), `21-25` [21, 26), `26+` [26, 999).
 *
 * @example
 * ```ts
 * const t: TrancheAge = "18-20";
 * ```
 */
export type TrancheAge = "-18" | "18-20" | "21-25" | "26+";

/**
 * Âge révolu (années) à un jour donné, à partir de la date de naissance (numéros de jour) ; `undefined`
 * si la naissance est postérieure. Une personne née un 29 février a un an de plus le 1er mars des
 * années non bissextiles.
 *
 * @example
 * ```ts
 * ageRevolu(jourDepuisDate("2006-05-14"), jourDepuisDate("2024-05-13")); // 17
 * ```
 */
export function ageRevolu(naissance: number, jour: number): number | undefined {
  if (jour < naissance) return undefined;
  const n = civilDepuisJour(naissance);
  const j = civilDepuisJour(jour);
  let age = j.annee - n.annee;
  if (j.mois < n.mois || (j.mois === n.mois && j.jourDuMois < n.jourDuMois)) age -= 1;
  return age;
}

/**
 * Tranche d'âge à un jour donné (numéros de jour), ou `undefined` si la naissance est inconnue
 * (`NaN`) ou postérieure.
 *
 * @example
 * ```ts
 * trancheAge(jourDepuisDate("2006-05-14"), jourDepuisDate("2025-03-06")); // "18-20"
 * ```
 */
export function trancheAge(naissance: number, jour: number): TrancheAge | undefined {
  if (Number.isNaN(naissance)) return undefined;
  const age = ageRevolu(naissance, jour);
  if (age === undefined) return undefined;
  if (age < 18) return "-18";
  if (age < 21) return "18-20";
  if (age < 26) return "21-25";
  return "26+";
}

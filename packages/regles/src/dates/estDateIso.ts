import { joursDepuisEpoque } from "../compile/joursDepuisEpoque";

/**
 * Indique si une valeur est une date calendaire `AAAA-MM-JJ` qui existe (le 29 février seulement
 * les années bissextiles, pas de 31 avril).
 *
 * @example
 * ```ts
 * estDateIso("2024-02-29"); // true
 * estDateIso("2023-02-29"); // false
 * estDateIso("12/05/2024"); // false
 * ```
 */
export function estDateIso(valeur: unknown): valeur is string {
  // Lecture caractère par caractère (sans expression régulière ni allocation) : `NaN` pour toute
  // forme autre que `AAAA-MM-JJ` en chiffres ASCII ou pour une date qui n'existe pas.
  return typeof valeur === "string" && !Number.isNaN(joursDepuisEpoque(valeur));
}

/**
 * Nombre de jours d'un mois (1 à 12) d'une année, années bissextiles grégoriennes comprises.
 *
 * @example
 * ```ts
 * joursDansLeMois(2024, 2); // 29
 * joursDansLeMois(2100, 2); // 28
 * ```
 */
export function joursDansLeMois(annee: number, mois: number): number {
  if (mois === 2) {
    const bissextile = (annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0;
    return bissextile ? 29 : 28;
  }
  return mois === 4 || mois === 6 || mois === 9 || mois === 11 ? 30 : 31;
}

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

// Nombre de jours d'un mois : celui de `@communs-opco/dates`.
export { joursDansLeMois } from "@communs-opco/dates";

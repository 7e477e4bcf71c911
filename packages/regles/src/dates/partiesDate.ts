import { estDateIso } from "./estDateIso";

/**
 * Année, mois (1–12) et jour d'une date `AAAA-MM-JJ`.
 *
 * @example
 * ```ts
 * const p: PartiesDate = { annee: 2025, mois: 9, jour: 1 };
 * ```
 */
export interface PartiesDate {
  annee: number;
  mois: number;
  jour: number;
}

/**
 * Découpe une date `AAAA-MM-JJ` en année, mois et jour. La date doit exister (voir `estDateIso`) :
 * sinon la fonction lève une `RangeError` (erreur de programmation, jamais un résultat faux ; le
 * moteur de règles la change en constat `indetermine`). Le message ne reprend pas la valeur reçue,
 * qui peut être une date de naissance. Toutes les fonctions de dates du paquet passent par elle.
 *
 * @example
 * ```ts
 * partiesDate("2025-09-01"); // { annee: 2025, mois: 9, jour: 1 }
 * partiesDate("2025-02-29"); // lève RangeError
 * ```
 */
export function partiesDate(date: string): PartiesDate {
  if (!estDateIso(date)) throw new RangeError("date inexistante ou mal formée (AAAA-MM-JJ attendu)");
  return { annee: Number(date.slice(0, 4)), mois: Number(date.slice(5, 7)), jour: Number(date.slice(8, 10)) };
}

/**
 * Écrit une date `AAAA-MM-JJ` à partir de ses parties.
 *
 * @example
 * ```ts
 * formaterDate({ annee: 2025, mois: 9, jour: 1 }); // "2025-09-01"
 * ```
 */
export function formaterDate(parties: PartiesDate): string {
  return `${String(parties.annee).padStart(4, "0")}-${String(parties.mois).padStart(2, "0")}-${String(parties.jour).padStart(2, "0")}`;
}

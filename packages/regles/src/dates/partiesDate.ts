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
 * Découpe une date `AAAA-MM-JJ` (supposée valide, voir `estDateIso`) en année, mois et jour.
 *
 * @example
 * ```ts
 * partiesDate("2025-09-01"); // { annee: 2025, mois: 9, jour: 1 }
 * ```
 */
export function partiesDate(date: string): PartiesDate {
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

import type { DateIso } from "./DateIso";

/**
 * Écrit une date civile au format `AAAA-MM-JJ`.
 *
 * @example
 * ```ts
 * formaterDate(2024, 9, 1); // "2024-09-01"
 * ```
 */
export function formaterDate(annee: number, mois: number, jour: number): DateIso {
  return `${String(annee).padStart(4, "0")}-${String(mois).padStart(2, "0")}-${String(jour).padStart(2, "0")}`;
}

import type { DateIso } from "./DateIso";
import { formaterDate } from "./formaterDate";
import { partiesDate } from "./partiesDate";

/**
 * Premier jour du mois qui suit celui d'une date : date à laquelle un changement de tranche d'âge
 * prend effet après l'anniversaire de l'apprenti (le 1er du mois suivant, même si l'anniversaire
 * tombe un 1er ou un dernier jour du mois).
 *
 * @example
 * ```ts
 * premierJourMoisSuivant("2026-01-10"); // "2026-02-01"
 * premierJourMoisSuivant("2025-12-31"); // "2026-01-01"
 * ```
 */
export function premierJourMoisSuivant(date: DateIso): DateIso {
  const { annee, mois } = partiesDate(date);
  return mois === 12 ? formaterDate(annee + 1, 1, 1) : formaterDate(annee, mois + 1, 1);
}

import type { DateIso } from "./DateIso";
import { formaterDate, partiesDate } from "../../dates/partiesDate";

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
  return formaterDate(mois === 12 ? { annee: annee + 1, mois: 1, jour: 1 } : { annee, mois: mois + 1, jour: 1 });
}

import type { DateIso } from "./DateIso";
import { formaterDate } from "./formaterDate";
import { joursDansMois } from "./joursDansMois";
import { partiesDate } from "./partiesDate";

/**
 * Ajoute (ou retranche, si négatif) un nombre entier de mois à une date. Quand le jour n'existe
 * pas dans le mois d'arrivée, la date est ramenée au dernier jour de ce mois, comme le prévoit
 * l'article 641 du code de procédure civile pour les délais exprimés en mois ou en années
 * (« à défaut d'un quantième identique, le délai expire le dernier jour du mois »).
 *
 * @example
 * ```ts
 * ajouterMois("2024-01-31", 1); // "2024-02-29"
 * ajouterMois("2024-09-15", -6); // "2024-03-15"
 * ```
 */
export function ajouterMois(date: DateIso, mois: number): DateIso {
  const { annee, mois: m, jour } = partiesDate(date);
  const total = annee * 12 + (m - 1) + mois;
  const anneeArrivee = Math.floor(total / 12);
  const moisArrivee = total - anneeArrivee * 12 + 1;
  return formaterDate(anneeArrivee, moisArrivee, Math.min(jour, joursDansMois(anneeArrivee, moisArrivee)));
}

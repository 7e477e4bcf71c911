import { jourDesParties, partiesDuJour } from "./calendrierEnJours";
import { formaterDate, partiesDate } from "./partiesDate";

/**
 * Ajoute (ou retranche) un nombre entier de jours à une date `AAAA-MM-JJ`. Calcul purement
 * calendaire (numéro de jour grégorien), sans objet `Date`, sans fuseau ni horloge.
 *
 * @example
 * ```ts
 * ajouterJours("2026-08-31", 1); // "2026-09-01"
 * ajouterJours("2024-03-01", -1); // "2024-02-29"
 * ```
 */
export function ajouterJours(date: string, jours: number): string {
  const { annee, mois, jour } = partiesDate(date);
  return formaterDate(partiesDuJour(jourDesParties(annee, mois, jour) + Math.trunc(jours)));
}

import { ajouterMois as ajouterMoisAuJour, dateDepuisJour, jourDepuisDate } from "@communs-opco/dates";

/**
 * Ajoute (ou retire) des mois à une date civile `AAAA-MM-JJ`. Un jour qui n'existe pas dans le
 * mois d'arrivée est ramené au dernier jour de ce mois (31 janvier + 1 mois = 28 ou 29 février),
 * comme les bibliothèques de dates employées par La bonne alternance. Calcul fait par
 * `@communs-opco/dates` sur les numéros de jour.
 *
 * @returns la date, ou `undefined` si la date est mal formée ou inexistante.
 * @example
 * ```ts
 * ajouterMois("2026-12-31", 2); // "2027-02-28"
 * ajouterMois("2026-05-10", -6); // "2025-11-10"
 * ```
 */
export function ajouterMois(date: string, mois: number): string | undefined {
  const jour = jourDepuisDate(date);
  if (Number.isNaN(jour) || !Number.isInteger(mois)) return undefined;
  return dateDepuisJour(ajouterMoisAuJour(jour, mois));
}

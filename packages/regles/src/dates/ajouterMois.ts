import { ajouterMois as ajouterMoisAuJour, dateDepuisJour, joursDepuisCivil } from "@communs-opco/dates";
import { partiesDate } from "./partiesDate";

/**
 * Ajoute (ou retranche, si négatif) un nombre entier de mois calendaires à une date `AAAA-MM-JJ`,
 * en ramenant le jour à la fin du mois d'arrivée quand il n'existe pas : 31 janvier + 1 mois =
 * 28 ou 29 février (« Month arithmetic »). Ajouter des années revient à ajouter
 * 12 × n mois. Calcul fait par `@communs-opco/dates` sur les numéros de jour ; une date inexistante
 * lève une `RangeError` (voir `partiesDate`).
 *
 * @example
 * ```ts
 * ajouterMois("2025-01-31", 1); // "2025-02-28"
 * ajouterMois("2024-11-30", 3); // "2025-02-28"
 * ajouterMois("2025-09-01", -3); // "2025-06-01"
 * ```
 */
export function ajouterMois(date: string, mois: number): string {
  const p = partiesDate(date);
  return dateDepuisJour(ajouterMoisAuJour(joursDepuisCivil(p.annee, p.mois, p.jour), Math.trunc(mois)));
}

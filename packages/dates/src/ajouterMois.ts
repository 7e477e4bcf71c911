import { civilDepuisJour } from "./dateDepuisJour";
import { joursDansLeMois, joursDepuisCivil } from "./jourDepuisDate";

/**
 * Ajoute un nombre de mois calendaires à un numéro de jour ; le jour du mois est ramené au dernier
 * jour du mois d'arrivée s'il n'y existe pas (31 août + 6 mois = 28 ou 29 février). Un nombre
 * négatif retranche des mois ; ajouter des années revient à ajouter 12 × n mois.
 *
 * @example
 * ```ts
 * import { ajouterMois, dateDepuisJour, jourDepuisDate } from "@communs-opco/dates";
 *
 * dateDepuisJour(ajouterMois(jourDepuisDate("2025-08-31"), 6)); // "2026-02-28"
 * dateDepuisJour(ajouterMois(jourDepuisDate("2025-09-01"), -3)); // "2025-06-01"
 * ```
 */
export function ajouterMois(jour: number, mois: number): number {
  const c = civilDepuisJour(jour);
  const total = c.annee * 12 + (c.mois - 1) + mois;
  const annee = Math.floor(total / 12);
  const m = total - annee * 12 + 1;
  return joursDepuisCivil(annee, m, Math.min(c.jourDuMois, joursDansLeMois(annee, m)));
}

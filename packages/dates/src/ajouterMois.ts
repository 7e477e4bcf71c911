import { civilDepuisJour } from "../statut/dateDepuisJour";
import { joursDepuisCivil } from "../statut/jourDepuisDate";

/**
 * Ajoute un nombre de mois calendaires à un numéro de jour ; le jour du mois est ramené au dernier
 * jour du mois d'arrivée s'il n'y existe pas (31 août + 6 mois = 28 ou 29 février).
 *
 * @example
 * ```ts
 * dateDepuisJour(ajouterMois(jourDepuisDate("2025-08-31"), 6)); // "2026-02-28"
 * ```
 */
export function ajouterMois(jour: number, mois: number): number {
  const c = civilDepuisJour(jour);
  const total = c.annee * 12 + (c.mois - 1) + mois;
  const annee = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const dernier = joursDepuisCivil(m === 12 ? annee + 1 : annee, m === 12 ? 1 : m + 1, 1) - joursDepuisCivil(annee, m, 1);
  return joursDepuisCivil(annee, m, Math.min(c.jourDuMois, dernier));
}

import { civilDepuisJour } from "@communs-opco/dates";
import { ajouterMoisAuJour } from "./ajouterMoisAuJour";

/**
 * Nombre de mois entiers entre deux numéros de jour, pour les gardes compilées : même résultat que
 * `moisEntre` sur les dates `AAAA-MM-JJ` correspondantes (négatif quand la fin précède le début),
 * sans lire ni écrire de texte.
 *
 * @example
 * ```ts
 * moisEntreJours(joursDepuisEpoque("2025-01-31"), joursDepuisEpoque("2025-02-28")); // 1
 * ```
 */
export function moisEntreJours(debut: number, fin: number): number {
  const d = civilDepuisJour(debut);
  const f = civilDepuisJour(fin);
  let n = (f.annee - d.annee) * 12 + (f.mois - d.mois);
  if (n < 0) return -moisEntreJours(fin, debut);
  while (n > 0 && ajouterMoisAuJour(debut, n) > fin) n -= 1;
  return n;
}

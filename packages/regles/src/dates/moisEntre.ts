import { ajouterMois } from "./ajouterMois";
import { partiesDate } from "./partiesDate";

/**
 * Nombre de mois entiers entre deux dates `AAAA-MM-JJ` (arrondi à l'entier inférieur) : le plus
 * grand n tel que `ajouterMois(debut, n) <= fin`, cohérent avec l'addition de mois ramenée à la
 * fin du mois. Renvoie un nombre négatif quand `fin` précède `debut`.
 *
 * Pour la durée d'un contrat dont la date de fin est le dernier jour travaillé (incluse), passer
 * le lendemain de la date de fin (voir `dureeContratMois`).
 *
 * @example
 * ```ts
 * moisEntre("2025-09-01", "2026-02-28"); // 5
 * moisEntre("2025-09-01", "2026-03-01"); // 6
 * moisEntre("2025-01-31", "2025-02-28"); // 1
 * ```
 */
export function moisEntre(debut: string, fin: string): number {
  const d = partiesDate(debut);
  const f = partiesDate(fin);
  let n = (f.annee - d.annee) * 12 + (f.mois - d.mois);
  if (n >= 0) {
    while (n > 0 && ajouterMois(debut, n) > fin) n -= 1;
    return n;
  }
  // fin avant début : nombre négatif symétrique
  return -moisEntre(fin, debut);
}

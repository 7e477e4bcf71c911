import type { DateIso } from "./DateIso";
import { ajouterMois } from "../../dates/ajouterMois";
import { partiesDate } from "../../dates/partiesDate";

/**
 * Nombre de mois entiers écoulés entre deux dates (`debut` incluse, `fin` exclue) : le plus grand
 * `n` tel que `debut + n mois ≤ fin`. Pour la durée d'un contrat, passer le lendemain de la date
 * de fin.
 *
 * @example
 * ```ts
 * moisEntiersEntre("2025-09-01", "2026-09-01"); // 12
 * moisEntiersEntre("2025-09-15", "2026-03-14"); // 5
 * ```
 */
export function moisEntiersEntre(debut: DateIso, fin: DateIso): number {
  const a = partiesDate(debut);
  const b = partiesDate(fin);
  let n = (b.annee - a.annee) * 12 + (b.mois - a.mois);
  while (n > 0 && ajouterMois(debut, n) > fin) n -= 1;
  while (ajouterMois(debut, n + 1) <= fin) n += 1;
  return n;
}

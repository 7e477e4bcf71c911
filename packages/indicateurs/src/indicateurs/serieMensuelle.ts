import { dateDepuisJour, joursDepuisCivil } from "@communs-opco/dates";
import { indicateursALaDate, type OptionsIndicateurs, type ResultatIndicateurs } from "./indicateursALaDate";
import type { TableEffectifs } from "./TableEffectifs";

/**
 * Série mensuelle des indicateurs : pour chaque mois de `debut` à `fin` (`AAAA-MM`, inclus), les
 * indicateurs au **dernier jour du mois** (même définition, mêmes filtres que {@link indicateursALaDate},
 * filtre d'année scolaire compris, appliqué à chaque date).
 *
 * @example
 * ```ts
 * serieMensuelle(table, { debut: "2024-09", fin: "2025-08", par: ["region"] })[0]?.date; // "2024-09-30"
 * ```
 */
export function serieMensuelle(
  table: TableEffectifs,
  options: Omit<OptionsIndicateurs, "date"> & { debut: string; fin: string },
): (ResultatIndicateurs & { mois: string })[] {
  const [a1, m1] = options.debut.split("-").map(Number) as [number, number];
  const [a2, m2] = options.fin.split("-").map(Number) as [number, number];
  const resultats: (ResultatIndicateurs & { mois: string })[] = [];
  for (let t = a1 * 12 + m1 - 1; t <= a2 * 12 + m2 - 1; t++) {
    const annee = Math.floor(t / 12);
    const mois = (t % 12) + 1;
    const dernierJour = joursDepuisCivil(mois === 12 ? annee + 1 : annee, mois === 12 ? 1 : mois + 1, 1) - 1;
    const date = dateDepuisJour(dernierJour);
    resultats.push({ mois: date.slice(0, 7), ...indicateursALaDate(table, { ...options, date }) });
  }
  return resultats;
}

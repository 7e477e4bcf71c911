/**
 * Années scolaires retenues par le filtre de date du Tableau de bord : `Y-Y` (Y = année de la date)
 * et l'année scolaire (1er août – 31 juillet) qui contient la date.
 *
 * @example
 * ```ts
 * anneesScolairesALaDate("2021-07-31"); // ["2021-2021", "2020-2021"]
 * anneesScolairesALaDate("2021-08-01"); // ["2021-2021", "2021-2022"]
 * ```
 */
export function anneesScolairesALaDate(date: string): [string, string] {
  const annee = Number(date.slice(0, 4));
  const mois = Number(date.slice(5, 7));
  const debut = mois >= 8 ? annee : annee - 1;
  return [`${annee}-${annee}`, `${debut}-${debut + 1}`];
}

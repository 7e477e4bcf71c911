import { heureDeParis } from "@communs-opco/dates";

/**
 * Date du jour `AAAA-MM-JJ` à Paris. À n'appeler **qu'une fois, à la frontière de la CLI** (quand
 * l'option `--date` est absente) : les règles et les calculs reçoivent toujours la date
 * d'évaluation en entrée et ne lisent jamais l'horloge.
 *
 * @example
 * ```ts
 * const dateEvaluation = values.date ?? dateDuJour(new Date());
 * ```
 */
export function dateDuJour(maintenant: Date): string {
  return heureDeParis(maintenant.getTime()).date;
}

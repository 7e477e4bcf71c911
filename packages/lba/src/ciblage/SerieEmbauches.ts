/**
 * Série d'embauches modélisée par La bonne boîte : `dpae` (CDD = 1, CDI = 2, CTT = 3), qui donne
 * le `score`, ou `alternance` (apprentissage = 11, professionnalisation = 12), qui donne le
 * `score_alternance`.
 *
 * @example
 * ```ts
 * const serie: SerieEmbauches = "alternance";
 * ```
 */
export type SerieEmbauches = "dpae" | "alternance";

/**
 * Codes de type de contrat de chaque série (nomenclature DPAE).
 *
 * @example
 * ```ts
 * typesContratSerie.alternance; // [11, 12]
 * ```
 */
export const typesContratSerie: Readonly<Record<SerieEmbauches, readonly number[]>> = {
  dpae: [1, 2, 3],
  alternance: [11, 12],
};

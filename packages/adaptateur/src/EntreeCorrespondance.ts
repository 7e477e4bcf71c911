/**
 * Une ligne de table de correspondance entre un champ du format et un chemin du standard.
 *
 * - `source` : pointeur JSON relatif à l'enregistrement source (`/alternant/sexe`) ;
 * - `standard` : chemin pointé dans l'enregistrement standard (`contrat.apprenti.sexe`) ;
 * - `versStandard` / `versFormat` : conversions facultatives (renvoyer `undefined` pour
 *   « absent ») ; `conversion` les décrit en français pour le rapport de correspondance.
 *
 * Un même champ source peut alimenter plusieurs chemins standard (plusieurs lignes) ;
 * à l'écriture, la première ligne qui trouve une valeur l'emporte.
 *
 * @example
 * ```ts
 * const e: EntreeCorrespondance = {
 *   source: "/alternant/sexe",
 *   standard: "contrat.apprenti.sexe",
 *   conversion: "1/2 ↔ M/F",
 *   versFormat: (v) => (v === "M" ? 1 : v === "F" ? 2 : v),
 * };
 * ```
 */
export interface EntreeCorrespondance {
  readonly source: string;
  readonly standard: string;
  readonly conversion?: string;
  readonly versStandard?: (valeur: unknown) => unknown;
  readonly versFormat?: (valeur: unknown) => unknown;
}

/**
 * Résultat d'une écriture : les octets produits dans le format, le type MIME et
 * l'extension de fichier conseillée, et les chemins standard présents dans les
 * enregistrements que le format ne peut pas porter (perdus à l'écriture, listés).
 *
 * @example
 * ```ts
 * const r: ResultatEcriture = {
 *   octets: encoderTexte("{}"),
 *   typeMime: "application/json",
 *   extension: ".json",
 *   nonTransportes: ["contrat.maitre1.nom"],
 * };
 * ```
 */
export interface ResultatEcriture {
  readonly octets: Uint8Array;
  readonly typeMime: string;
  readonly extension: string;
  readonly nonTransportes: readonly string[];
}

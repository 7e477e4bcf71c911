/**
 * Provenance d'un enregistrement : fichier (tel que donné sur la ligne de commande) et numéro de
 * la ligne (à partir de 1) où il commence.
 *
 * @example
 * ```ts
 * const source: SourceEnregistrement = { fichier: "contrats.jsonl", ligne: 12 };
 * ```
 */
export interface SourceEnregistrement {
  readonly fichier: string;
  readonly ligne: number;
}

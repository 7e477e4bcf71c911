import type { SourceTable } from "./SourceTable";

/**
 * Table de nomenclature datée : un identifiant, un titre, sa source, sa licence et ses entrées.
 *
 * @typeParam E - type d'une entrée de la table.
 * @example
 * ```ts
 * import { tableSexe, type Table, type EntreeCode } from "@communs-opco/nomenclatures";
 * const table: Table<EntreeCode> = tableSexe;
 * table.source.date; // "2024-11-13"
 * table.entrees.map((e) => e.code); // ["F", "M"]
 * ```
 */
export interface Table<E> {
  /** Identifiant stable de la table (nom du champ du CERFA quand il s'agit d'une liste du CERFA). */
  readonly id: string;
  /** Titre en français. */
  readonly titre: string;
  /** Provenance et date de la version embarquée. */
  readonly source: SourceTable;
  /** Licence des données. */
  readonly licence: string;
  /** Remarques : écarts entre sources, choix faits par ce paquet, points à vérifier. */
  readonly remarques: readonly string[];
  /** Entrées, dans l'ordre de la source. */
  readonly entrees: readonly E[];
}

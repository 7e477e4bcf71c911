/**
 * Provenance d'une table de nomenclature : qui la publie, où la trouver, à quelle date.
 *
 * @example
 * ```ts
 * import type { SourceTable } from "@communs-opco/nomenclatures";
 * const source: SourceTable = {
 *   nom: "mission-apprentissage/contrat, shared/constants/opcos.ts (commit 5c29c9b)",
 *   url: "https://github.com/mission-apprentissage/contrat",
 *   date: "2024-11-13",
 * };
 * ```
 */
export interface SourceTable {
  /** Nom de la source (publication, dépôt et fichier, texte…). */
  readonly nom: string;
  /** Adresse de la source, quand elle existe. */
  readonly url?: string;
  /** Date de la version utilisée (AAAA-MM-JJ). */
  readonly date: string;
}

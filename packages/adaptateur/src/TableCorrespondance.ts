import type { ChampIgnore } from "./ChampIgnore.js";
import type { EntreeCorrespondance } from "./EntreeCorrespondance.js";

/**
 * Table de correspondance d'un format : nom du format (préfixe des clés d'extension,
 * `deca:/alternant/adresse/numero`), lignes de correspondance et champs ignorés. Les
 * champs source absents de la table sont conservés en extension.
 *
 * @example
 * ```ts
 * const table: TableCorrespondance = {
 *   format: "deca",
 *   entrees: [{ source: "/detailsContrat/noContrat", standard: "numeroDeca" }],
 *   ignores: [],
 * };
 * ```
 */
export interface TableCorrespondance {
  readonly format: string;
  readonly entrees: readonly EntreeCorrespondance[];
  readonly ignores: readonly ChampIgnore[];
}

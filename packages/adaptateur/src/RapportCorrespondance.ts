import type { CorrespondanceChamp } from "./CorrespondanceChamp.js";

/**
 * Rapport de correspondance d'un format vers le standard : pour chaque champ source,
 * son chemin standard, sa conservation en extension ou la raison de son abandon.
 * `nonTransportes` liste les chemins standard que le format ne peut pas porter à
 * l'écriture (ils sont perdus dans le sens standard → format, et seulement celui-là).
 *
 * @example
 * ```ts
 * const rapport: RapportCorrespondance = {
 *   format: "deca",
 *   champs: [{ champSource: "detailsContrat/noContrat", traitement: "standard", cheminStandard: "numeroDeca" }],
 *   nonTransportes: ["contrat.maitre1"],
 * };
 * ```
 */
export interface RapportCorrespondance {
  readonly format: string;
  readonly champs: readonly CorrespondanceChamp[];
  readonly nonTransportes?: readonly string[];
}

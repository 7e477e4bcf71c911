import type { CorrespondanceChamp } from "./CorrespondanceChamp.js";
import type { RapportCorrespondance } from "./RapportCorrespondance.js";
import type { TableCorrespondance } from "./TableCorrespondance.js";

/**
 * Construit le rapport de correspondance déclaré d'un format à partir de sa table :
 * une ligne `standard` par entrée, une ligne `ignore` par champ ignoré, puis les
 * champs connus conservés en extension (`extensions`, avec leur raison) et les chemins
 * standard que le format ne porte pas (`nonTransportes`).
 *
 * @example
 * ```ts
 * const rapport = rapportDepuisTable(
 *   { format: "deca", entrees: [{ source: "/detailsContrat/noContrat", standard: "numeroDeca" }], ignores: [] },
 *   [{ source: "/alternant/adresse/numero", raison: "Numéro libre" }],
 *   ["contrat.maitre1"],
 * );
 * rapport.champs.length; // 2
 * ```
 */
export function rapportDepuisTable(
  table: TableCorrespondance,
  extensions: readonly { readonly source: string; readonly raison: string }[] = [],
  nonTransportes: readonly string[] = [],
): RapportCorrespondance {
  const champs: CorrespondanceChamp[] = [
    ...table.entrees.map((e): CorrespondanceChamp =>
      e.conversion === undefined
        ? { champSource: e.source, traitement: "standard", cheminStandard: e.standard }
        : { champSource: e.source, traitement: "standard", cheminStandard: e.standard, conversion: e.conversion },
    ),
    ...table.ignores.map((i): CorrespondanceChamp => ({ champSource: i.source, traitement: "ignore", raison: i.raison })),
    ...extensions.map((x): CorrespondanceChamp => ({ champSource: x.source, traitement: "extension", raison: x.raison })),
  ];
  return { format: table.format, champs, nonTransportes };
}

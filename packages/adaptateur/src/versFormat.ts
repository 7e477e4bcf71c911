import { ecrireChemin } from "./ecrireChemin.js";
import { estObjet } from "./estObjet.js";
import { lireChemin } from "./lireChemin.js";
import { segmentsPointeur } from "./segmentsPointeur.js";
import type { TableCorrespondance } from "./TableCorrespondance.js";

/**
 * Applique une table de correspondance à l'envers : construit l'enregistrement du format
 * à partir d'un enregistrement standard. Pour chaque champ source, la première ligne de
 * la table qui trouve une valeur l'emporte (convertie par `versFormat`). Les extensions
 * du même format (clés `format:pointeur`, au niveau racine ou dans `contrat.extensions`)
 * sont remises à leur place d'origine, sans écraser un champ déjà écrit.
 *
 * @example
 * ```ts
 * versFormat({ numeroDeca: "02B202212000000", extensions: { "deca:/detailsContrat/x": 1 } }, {
 *   format: "deca",
 *   entrees: [{ source: "/detailsContrat/noContrat", standard: "numeroDeca" }],
 *   ignores: [],
 * });
 * // { detailsContrat: { noContrat: "02B202212000000", x: 1 } }
 * ```
 */
export function versFormat(enregistrement: unknown, table: TableCorrespondance): Record<string, unknown> {
  const sortie: Record<string, unknown> = {};
  const ecrits = new Set<string>();
  for (const entree of table.entrees) {
    if (ecrits.has(entree.source)) continue;
    const valeur = lireChemin(enregistrement, entree.standard.split("."));
    if (valeur === undefined) continue;
    const convertie = entree.versFormat === undefined ? valeur : entree.versFormat(valeur);
    if (convertie === undefined) continue;
    if (ecrireChemin(sortie, segmentsPointeur(entree.source), convertie)) ecrits.add(entree.source);
  }
  const prefixe = `${table.format}:`;
  const sources = [lireChemin(enregistrement, ["extensions"]), lireChemin(enregistrement, ["contrat", "extensions"])];
  for (const extensions of sources) {
    if (!estObjet(extensions)) continue;
    for (const [cle, valeur] of Object.entries(extensions)) {
      if (!cle.startsWith(prefixe)) continue;
      const segments = segmentsPointeur(cle.slice(prefixe.length));
      if (lireChemin(sortie, segments) !== undefined) continue;
      ecrireChemin(sortie, segments, valeur);
    }
  }
  return sortie;
}

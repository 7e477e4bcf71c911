import type { EntreeCorrespondance } from "./EntreeCorrespondance.js";
import { ecrireChemin } from "./ecrireChemin.js";
import { estObjet } from "./estObjet.js";
import { pointeurJson } from "./pointeurJson.js";
import type { TableCorrespondance } from "./TableCorrespondance.js";

/**
 * Résultat de {@link versStandard} : le candidat standard (encore à valider), les champs
 * hors table conservés (clé `format:pointeur` → valeur) et, pour chaque chemin standard
 * alimenté, le pointeur du champ source d'origine (pour localiser les erreurs).
 *
 * @example
 * ```ts
 * const r: ConversionVersStandard = { candidat: {}, extensions: {}, origines: new Map() };
 * ```
 */
export interface ConversionVersStandard {
  readonly candidat: Record<string, unknown>;
  readonly extensions: Record<string, unknown>;
  readonly origines: ReadonlyMap<string, string>;
}

interface IndexTable {
  readonly parSource: ReadonlyMap<string, readonly EntreeCorrespondance[]>;
  readonly ignores: ReadonlySet<string>;
  readonly prefixesConnus: ReadonlySet<string>;
}

const index = new WeakMap<TableCorrespondance, IndexTable>();

function indexer(table: TableCorrespondance): IndexTable {
  const existant = index.get(table);
  if (existant !== undefined) return existant;
  const parSource = new Map<string, EntreeCorrespondance[]>();
  for (const entree of table.entrees) {
    const liste = parSource.get(entree.source) ?? [];
    liste.push(entree);
    parSource.set(entree.source, liste);
  }
  const ignores = new Set(table.ignores.map((i) => i.source));
  const prefixesConnus = new Set<string>();
  for (const source of [...parSource.keys(), ...ignores]) {
    const segments = source.split("/");
    for (let i = 1; i < segments.length; i += 1) prefixesConnus.add(segments.slice(0, i).join("/"));
  }
  const nouvel = { parSource, ignores, prefixesConnus };
  index.set(table, nouvel);
  return nouvel;
}

/**
 * Applique une table de correspondance à un enregistrement source : chaque champ de la
 * table est recopié (et converti) vers son chemin standard ; les champs ignorés sont
 * sautés ; tout autre champ (feuille, tableau ou objet vide) est conservé dans
 * `extensions` sous la clé `format:pointeur`. Rien n'est perdu en silence.
 *
 * @example
 * ```ts
 * const r = versStandard({ detailsContrat: { noContrat: "02B202212000000", x: 1 } }, {
 *   format: "deca",
 *   entrees: [{ source: "/detailsContrat/noContrat", standard: "numeroDeca" }],
 *   ignores: [],
 * });
 * r.candidat; // { numeroDeca: "02B202212000000" }
 * r.extensions; // { "deca:/detailsContrat/x": 1 }
 * ```
 */
export function versStandard(enregistrement: Record<string, unknown>, table: TableCorrespondance): ConversionVersStandard {
  const { parSource, ignores, prefixesConnus } = indexer(table);
  const candidat: Record<string, unknown> = {};
  const extensions: Record<string, unknown> = {};
  const origines = new Map<string, string>();

  const parcourir = (valeur: unknown, segments: string[]): void => {
    const pointeur = pointeurJson(segments);
    if (ignores.has(pointeur)) return;
    const entrees = parSource.get(pointeur);
    if (entrees !== undefined) {
      for (const entree of entrees) {
        const convertie = entree.versStandard === undefined ? valeur : entree.versStandard(valeur);
        if (convertie === undefined || convertie === null || convertie === "") continue;
        if (ecrireChemin(candidat, entree.standard.split("."), convertie)) origines.set(entree.standard, pointeur);
      }
      return;
    }
    if (estObjet(valeur) && Object.keys(valeur).length > 0 && prefixesConnus.has(pointeur)) {
      for (const [cle, enfant] of Object.entries(valeur)) parcourir(enfant, [...segments, cle]);
      return;
    }
    if (valeur === undefined) return;
    extensions[`${table.format}:${pointeur}`] = valeur;
  };
  for (const [cle, enfant] of Object.entries(enregistrement)) parcourir(enfant, [cle]);
  return { candidat, extensions, origines };
}

/**
 * Analyse une cellule « ensemble » de l'extrait DECA (`{a@x.fr,b@y.fr}`, syntaxe des
 * tableaux PostgreSQL). Les éléments `NULL` sont retirés des adresses mais comptés.
 * Renvoie `undefined` si la cellule n'est pas entre accolades.
 *
 * @example
 * ```ts
 * analyserEnsembleCourriels("{a@x.fr,NULL}"); // { courriels: ["a@x.fr"], nuls: 1 }
 * analyserEnsembleCourriels("a@x.fr"); // undefined
 * ```
 */
export function analyserEnsembleCourriels(cellule: string): { courriels: string[]; nuls: number } | undefined {
  const texte = cellule.trim();
  if (!texte.startsWith("{") || !texte.endsWith("}")) return undefined;
  const interieur = texte.slice(1, -1).trim();
  if (interieur === "") return { courriels: [], nuls: 0 };
  const elements = interieur.split(",").map((s) => s.trim().replace(/^"(.*)"$/u, "$1"));
  const courriels = elements.filter((s) => s !== "" && s.toUpperCase() !== "NULL");
  return { courriels, nuls: elements.length - courriels.length };
}

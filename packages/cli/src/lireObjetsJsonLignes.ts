/**
 * Objets lus d'un texte JSON Lines : chaque ligne non vide est un objet (`objets`, avec son numéro
 * de ligne) ou une ligne illisible (JSON invalide, valeur qui n'est pas un objet) ; les lignes vides
 * sont comptées. `objets.length + illisibles.length + vides === lues` : rien n'est perdu.
 *
 * @example
 * ```ts
 * const l = lireObjetsJsonLignes('{"a":1}\n\n[2]\n');
 * // l.objets = [{ ligne: 1, valeur: { a: 1 } }], l.illisibles = [{ ligne: 3, motif: "un objet JSON est attendu" }], l.vides = 1, l.lues = 3
 * ```
 */
export function lireObjetsJsonLignes(texte: string): {
  objets: { ligne: number; valeur: Record<string, unknown> }[];
  illisibles: { ligne: number; motif: string }[];
  vides: number;
  lues: number;
} {
  const objets: { ligne: number; valeur: Record<string, unknown> }[] = [];
  const illisibles: { ligne: number; motif: string }[] = [];
  let vides = 0;
  const lignes = texte.split(/\r?\n/);
  if (lignes.length > 0 && lignes[lignes.length - 1] === "") lignes.pop();
  lignes.forEach((brute, i) => {
    const ligne = i + 1;
    if (brute.trim() === "") {
      vides++;
      return;
    }
    let valeur: unknown;
    try {
      valeur = JSON.parse(brute);
    } catch (erreur) {
      illisibles.push({ ligne, motif: `JSON invalide : ${erreur instanceof Error ? erreur.message : String(erreur)}` });
      return;
    }
    if (typeof valeur !== "object" || valeur === null || Array.isArray(valeur)) illisibles.push({ ligne, motif: "un objet JSON est attendu" });
    else objets.push({ ligne, valeur: valeur as Record<string, unknown> });
  });
  return { objets, illisibles, vides, lues: lignes.length };
}

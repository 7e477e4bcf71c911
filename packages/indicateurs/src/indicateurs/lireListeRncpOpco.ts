import { normaliserRncp } from "./normaliserRncp";

/**
 * Lit une liste RNCP d'un OPCO au format du Tableau de bord (`server/static/opcos/*.csv` : une
 * colonne, en-tête `code_rncp`, BOM UTF-8 toléré). Renvoie les codes normalisés (`RNCP` + chiffres),
 * dédoublonnés, et les lignes illisibles avec leur numéro (jamais ignorées en silence).
 *
 * @example
 * ```ts
 * lireListeRncpOpco("code_rncp\nRNCP36112\n19114\n");
 * // { codes: ["RNCP36112", "RNCP19114"], illisibles: [] }
 * ```
 */
export function lireListeRncpOpco(texte: string): { codes: string[]; illisibles: { ligne: number; valeur: string; motif: string }[] } {
  const lignes = texte.replace(/^\uFEFF/, "").split(/\r?\n/);
  const codes = new Set<string>();
  const illisibles: { ligne: number; valeur: string; motif: string }[] = [];
  lignes.forEach((brute, i) => {
    const valeur = brute.trim();
    if (valeur === "" || (i === 0 && valeur.toLowerCase() === "code_rncp")) return;
    const code = normaliserRncp(valeur);
    if (code === undefined) illisibles.push({ ligne: i + 1, valeur, motif: "code RNCP invalide (RNCP suivi de 2 à 5 chiffres attendu)" });
    else codes.add(code);
  });
  return { codes: [...codes], illisibles };
}

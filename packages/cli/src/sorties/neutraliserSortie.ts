/**
 * Caractères neutralisés dans tout ce que la CLI écrit sur le terminal : C0 sauf tabulation et
 * saut de ligne (ESC, retour chariot…), DEL, C1, mise en forme bidirectionnelle et invisibles
 * (U+200B–U+200F, U+2028–U+202E, U+2066–U+2069, U+FEFF).
 */
const CONTROLES_SORTIE = /(?!\r\n)(?!^\ufeff)[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/gu;

/**
 * Neutralise un texte au moment de l'écrire sur la sortie standard ou d'erreur, quelle que soit
 * la commande : chaque caractère de contrôle est remplacé par son écriture visible (`\x1B` pour
 * un caractère C0, `\u202E` au-delà). Les sauts de ligne (LF et CRLF, p. ex. un CSV écrit sur la
 * sortie standard), tabulations et l'indicateur d'ordre des octets en tête d'écriture sont gardés. L'écriture `\uXXXX` est aussi un échappement JSON valide : une sortie `--json` reste
 * lisible par `JSON.parse` et redonne la valeur d'origine.
 *
 * @example
 * ```ts
 * neutraliserSortie("SIRET \u001b[2J\u202Egnp.exe\n"); // "SIRET \\x1B[2J\\u202Egnp.exe\n"
 * ```
 */
export function neutraliserSortie(texte: string): string {
  return texte.replace(CONTROLES_SORTIE, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code < 0x20 ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}

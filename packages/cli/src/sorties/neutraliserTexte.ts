/**
 * Caractères de contrôle C0 (sauf tabulation), DEL, C1, et caractères de mise en forme
 * bidirectionnelle ou invisibles qui peuvent tromper un terminal ou un lecteur (séquences ESC,
 * retours chariot, U+202A–U+202E, U+2066–U+2069, U+200B–U+200F, U+2028–U+2029, U+FEFF).
 */
const CONTROLES = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/gu;

/**
 * Neutralise un texte venu d'un fichier lu avant de l'écrire dans une sortie : chaque caractère
 * de contrôle (ESC et autres C0/C1, sauts de ligne compris, surcharges bidirectionnelles…) est
 * remplacé par son écriture visible `\u{1B}` (« \x1B » pour ESC), si bien qu'un champ hostile ne
 * peut ni piloter le terminal, ni inverser l'affichage, ni simuler une ligne de résultat.
 *
 * @example
 * ```ts
 * neutraliserTexte("80123\u001b[2J456"); // "80123\\x1B[2J456"
 * ```
 */
export function neutraliserTexte(texte: string): string {
  return texte.replace(CONTROLES, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}

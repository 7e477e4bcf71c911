/**
 * Forme de comparaison d'un libellé ou d'un en-tête : NFC, minuscules, sans accents,
 * espaces (y compris insécables et sauts de ligne) réduits à un seul.
 *
 * @example
 * ```ts
 * normaliserTexte("Date d'applicabilité\n des NPEC"); // "date d'applicabilite des npec"
 * ```
 */
export function normaliserTexte(texte: string): string {
  return texte
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

const ENTETE_PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // « %PDF- »

/**
 * Dit si des octets commencent par l'en-tête d'un fichier PDF (`%PDF-`).
 *
 * @example
 * ```ts
 * estPdf(new TextEncoder().encode("%PDF-1.7 …")); // true
 * ```
 */
export function estPdf(octets: Uint8Array): boolean {
  return ENTETE_PDF.every((o, i) => octets[i] === o);
}

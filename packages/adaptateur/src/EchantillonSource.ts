/**
 * Début d'une source, soumis aux détecteurs de format : le nom, les premiers octets et
 * leur décodage UTF-8 tolérant (BOM retiré).
 *
 * @example
 * ```ts
 * const e: EchantillonSource = { nom: "a.json", octets: new Uint8Array([123, 125]), texte: "{}" };
 * ```
 */
export interface EchantillonSource {
  readonly nom: string;
  readonly octets: Uint8Array;
  readonly texte: string;
  readonly typeMime?: string;
}

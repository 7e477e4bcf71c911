type ConstructeurEncodeur = new () => { encode(texte: string): Uint8Array };

/**
 * Encode un texte en UTF-8 (sans BOM) avec le `TextEncoder` de la plateforme.
 *
 * @example
 * ```ts
 * encoderTexte("é"); // Uint8Array [0xc3, 0xa9]
 * ```
 */
export function encoderTexte(texte: string): Uint8Array {
  const Encodeur = (globalThis as unknown as { TextEncoder: ConstructeurEncodeur }).TextEncoder;
  return new Encodeur().encode(texte);
}

interface DecodeurTexte {
  decode(octets: Uint8Array): string;
}
type ConstructeurDecodeur = new (etiquette: string, options: { fatal: boolean; ignoreBOM: boolean }) => DecodeurTexte;

/**
 * Décode des octets UTF-8 (BOM retiré) avec le `TextDecoder` de la plateforme (navigateur
 * ou Node). En mode strict (par défaut), ne lève pas : renvoie `undefined` si les octets
 * ne sont pas de l'UTF-8 valide, pour que le lecteur produise une erreur localisée. En
 * mode tolérant (`strict = false`), les séquences invalides deviennent `\uFFFD`.
 *
 * @example
 * ```ts
 * decoderTexte(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])); // "A"
 * decoderTexte(new Uint8Array([0xff])); // undefined
 * ```
 */
export function decoderTexte(octets: Uint8Array, strict = true): string | undefined {
  const Decodeur = (globalThis as unknown as { TextDecoder: ConstructeurDecodeur }).TextDecoder;
  try {
    return new Decodeur("utf-8", { fatal: strict, ignoreBOM: false }).decode(octets);
  } catch {
    return undefined;
  }
}

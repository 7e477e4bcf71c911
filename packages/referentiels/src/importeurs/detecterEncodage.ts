import { open } from "node:fs/promises";

/**
 * Devine l'encodage d'un fichier texte à partir de ses 64 premiers Kio : UTF-8 s'ils se décodent
 * sans erreur, sinon Latin-1 (ISO-8859-1, encodage des exports BCN et ACCE).
 *
 * @example
 * ```ts
 * await detecterEncodage("N_FORMATION_DIPLOME.csv"); // "latin1"
 * ```
 */
export async function detecterEncodage(chemin: string): Promise<"utf-8" | "latin1"> {
  const fichier = await open(chemin, "r");
  try {
    const tampon = Buffer.alloc(65_536);
    const { bytesRead } = await fichier.read(tampon, 0, tampon.length, 0);
    return encodageDesOctets(tampon.subarray(0, bytesRead));
  } finally {
    await fichier.close();
  }
}

/**
 * Même règle que {@link detecterEncodage}, sur des octets en mémoire (entrée d'archive zip).
 *
 * @example
 * ```ts
 * encodageDesOctets(new Uint8Array([0xe9])); // "latin1"
 * ```
 */
export function encodageDesOctets(octets: Uint8Array): "utf-8" | "latin1" {
  let fin = octets.length;
  // Ne pas juger un caractère multi-octet coupé en fin d'échantillon.
  while (fin > 0 && fin > octets.length - 4 && ((octets[fin - 1] as number) & 0xc0) === 0x80) fin -= 1;
  if (fin > 0 && ((octets[fin - 1] as number) & 0xc0) === 0xc0) fin -= 1;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(octets.subarray(0, fin));
    return "utf-8";
  } catch {
    return "latin1";
  }
}

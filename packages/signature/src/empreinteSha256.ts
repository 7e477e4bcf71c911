import { createHash } from "node:crypto";

/**
 * Empreinte SHA-256 (hexadécimal minuscule) d'un document : elle identifie chaque état du PDF
 * dans le journal du circuit de signature.
 *
 * @example
 * ```ts
 * empreinteSha256(new TextEncoder().encode("abc")); // "ba7816bf…"
 * ```
 */
export function empreinteSha256(octets: Uint8Array): string {
  return createHash("sha256").update(octets).digest("hex");
}

/**
 * Découpe un pointeur JSON (RFC 6901) en segments décodés (`~1` → `/`, `~0` → `~`).
 *
 * @example
 * ```ts
 * segmentsPointeur("/alternant/adresse/codePostal"); // ["alternant", "adresse", "codePostal"]
 * segmentsPointeur(""); // []
 * ```
 */
export function segmentsPointeur(pointeur: string): string[] {
  if (pointeur === "") return [];
  return pointeur
    .slice(1)
    .split("/")
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}

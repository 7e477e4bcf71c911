/**
 * Construit un pointeur JSON (RFC 6901) à partir de segments : `~` devient `~0` et `/`
 * devient `~1`. Sans segment, renvoie `""` (la racine).
 *
 * @example
 * ```ts
 * pointeurJson(["pages", 2, "contrats", 17, "alternant", "nir"]); // "/pages/2/contrats/17/alternant/nir"
 * pointeurJson(["a/b"]); // "/a~1b"
 * ```
 */
export function pointeurJson(segments: readonly (string | number)[]): string {
  return segments.map((s) => "/" + String(s).replaceAll("~", "~0").replaceAll("/", "~1")).join("");
}

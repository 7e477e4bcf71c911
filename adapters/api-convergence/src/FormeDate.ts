/**
 * Forme des horodatages écrits vers l'API Convergence : `Z` (`2025-09-01T00:00:00Z`) ou
 * `+0000` (`2025-09-01T00:00:00+0000`, décalage sans deux-points). Les deux formes sont
 * observées et acceptées à la lecture (`opco-echanges.md` §8).
 *
 * @example
 * ```ts
 * const forme: FormeDate = "+0000";
 * ```
 */
export type FormeDate = "Z" | "+0000";

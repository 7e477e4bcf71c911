/**
 * Forme des dates écrites vers l'API Convergence : `Z` (`2025-09-01T00:00:00Z`), `+0000`
 * (`2025-09-01T00:00:00+0000`, décalage sans deux-points) ou `date` (`2025-09-01`, forme des
 * exemples documentés des conventions et certificats). Toutes sont acceptées à la lecture
 * (`opco-echanges.md` §8) ; celle qu'un OPCO accepte à l'écriture est propre à l'OPCO
 * ({@link FormesDateOpco}).
 *
 * @example
 * ```ts
 * const forme: FormeDate = "+0000";
 * ```
 */
export type FormeDate = "Z" | "+0000" | "date";

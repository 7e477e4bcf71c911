/**
 * Générateur pseudo-aléatoire déterministe (mulberry32) : la même graine donne toujours la même suite
 * de nombres dans [0, 1).
 *
 * @example
 * ```ts
 * const alea = aleaGraine(42);
 * alea(); // toujours la même valeur pour la graine 42
 * ```
 */
export function aleaGraine(graine: number): () => number {
  let etat = graine >>> 0;
  return () => {
    etat = (etat + 0x6d2b79f5) >>> 0;
    let t = etat;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

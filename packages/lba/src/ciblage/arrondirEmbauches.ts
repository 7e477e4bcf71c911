/**
 * Arrondi des embauches prédites avant le calcul du score (La bonne boîte) : une valeur négative
 * (la régression linéaire peut en produire) est ramenée à 0 ; jusqu'à 3, arrondi au dixième ;
 * au-delà, arrondi à l'entier, la moitié vers le haut.
 *
 * @example
 * ```ts
 * arrondirEmbauches(2.46); // 2.5
 * arrondirEmbauches(7.5); // 8
 * arrondirEmbauches(-0.4); // 0
 * ```
 */
export function arrondirEmbauches(embauches: number): number {
  if (!Number.isFinite(embauches) || embauches <= 0) return 0;
  if (embauches <= 3) return Math.round(embauches * 10 + 1e-9) / 10;
  return Math.floor(embauches + 0.5);
}

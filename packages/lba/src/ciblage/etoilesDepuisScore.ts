/**
 * Nombre d'étoiles affiché pour un score (La bonne boîte) : 2,5 + 2,5 · (score − 20) / 80, borné à
 * [2,5 ; 5] et arrondi au dixième.
 *
 * @example
 * ```ts
 * etoilesDepuisScore(50); // 3.4
 * etoilesDepuisScore(100); // 5
 * etoilesDepuisScore(10); // 2.5
 * ```
 */
export function etoilesDepuisScore(score: number): number {
  const etoiles = 2.5 + (2.5 * (score - 20)) / 80;
  const borne = Math.min(5, Math.max(2.5, Number.isFinite(etoiles) ? etoiles : 2.5));
  return Math.round(borne * 10 + 1e-9) / 10;
}

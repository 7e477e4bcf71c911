/**
 * Nombre de jours d'un mois civil (calendrier grégorien, années bissextiles comprises).
 *
 * @example
 * ```ts
 * joursDansMois(2024, 2); // 29
 * joursDansMois(2025, 2); // 28
 * ```
 */
export function joursDansMois(annee: number, mois: number): number {
  if (mois === 2) {
    const bissextile = (annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0;
    return bissextile ? 29 : 28;
  }
  return mois === 4 || mois === 6 || mois === 9 || mois === 11 ? 30 : 31;
}

/**
 * Convertit un montant en euros en nombre entier de centimes (arrondi au centime le plus proche,
 * pour absorber les imprécisions binaires : 1766.92 donne 176692).
 *
 * @example
 * ```ts
 * centimes(1766.92); // 176692
 * ```
 */
export function centimes(euros: number): number {
  return Math.round(euros * 100);
}

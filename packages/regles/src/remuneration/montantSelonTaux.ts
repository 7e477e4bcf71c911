/**
 * Applique un taux (en %, au plus deux décimales) à une base exprimée en centimes et arrondit au
 * centime supérieur, en arithmétique entière : `ceil(base × taux / 100)`. Renvoie des centimes.
 *
 * @example
 * ```ts
 * montantSelonTaux(176692, 27); // 47707 (1 766,92 € × 27 % = 477,0684 € → 477,07 €)
 * montantSelonTaux(200000, 53); // 106000
 * ```
 */
export function montantSelonTaux(baseCentimes: number, taux: number): number {
  const produit = baseCentimes * Math.round(taux * 100);
  return Math.floor((produit + 9999) / 10000);
}

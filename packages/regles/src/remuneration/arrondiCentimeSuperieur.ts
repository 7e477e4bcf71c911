/**
 * Arrondit un montant en euros au centime supérieur (`ceil(x × 100) / 100`), pour que le salaire
 * ne soit jamais inférieur au minimum légal. Les imprécisions binaires du
 * calcul flottant sont neutralisées (1060,000000001 donne 1060,00, pas 1060,01).
 *
 * @example
 * ```ts
 * arrondiCentimeSuperieur(477.0684); // 477.07
 * arrondiCentimeSuperieur(1060); // 1060
 * ```
 */
export function arrondiCentimeSuperieur(montant: number): number {
  const centimes = Math.ceil(Number((montant * 100).toFixed(6)));
  return centimes / 100;
}

/**
 * Montant en centimes écrit en euros à la française (`9 497,00 €`), pour les explications.
 *
 * @example
 * ```ts
 * formaterEuros(379880); // "3 798,80 €"
 * ```
 */
export function formaterEuros(centimes: number): string {
  const signe = centimes < 0 ? "−" : "";
  const abs = Math.abs(Math.round(centimes));
  const euros = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${signe}${euros},${String(abs % 100).padStart(2, "0")} €`;
}

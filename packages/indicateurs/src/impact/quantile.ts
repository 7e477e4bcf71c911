/**
 * Médiane et 90ᵉ centile d'une série de durées. Médiane : moyenne des deux valeurs centrales quand
 * l'effectif est pair ; centile : méthode du rang le plus proche (la valeur de rang ⌈0,9 × n⌉ dans la
 * série triée). `null` pour une série vide.
 *
 * @example
 * ```ts
 * medianeEtP90([3, 1, 2, 10]); // { mediane: 2.5, p90: 10, n: 4 }
 * ```
 */
export function medianeEtP90(valeurs: readonly number[]): { mediane: number | null; p90: number | null; n: number } {
  const n = valeurs.length;
  if (n === 0) return { mediane: null, p90: null, n };
  const tri = [...valeurs].sort((a, b) => a - b);
  const milieu = Math.floor(n / 2);
  const mediane = n % 2 === 1 ? tri[milieu]! : (tri[milieu - 1]! + tri[milieu]!) / 2;
  const p90 = tri[Math.ceil(0.9 * n) - 1]!;
  return { mediane, p90, n };
}

/**
 * Nombre de jours calendaires de `debut` à `fin` (dates `AAAA-MM-JJ`), bornes incluses ; négatif
 * ou nul si `fin` précède `debut`.
 *
 * @example
 * ```ts
 * joursEntre("2025-09-01", "2025-09-30"); // 30
 * ```
 */
export function joursEntre(debut: string, fin: string): number {
  const j = (d: string): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;
  return j(fin) - j(debut) + 1;
}

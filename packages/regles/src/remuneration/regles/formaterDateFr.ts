/**
 * Écrit une date `AAAA-MM-JJ` au format français `JJ/MM/AAAA` pour les messages.
 *
 * @example
 * ```ts
 * formaterDateFr("2024-09-01"); // "01/09/2024"
 * ```
 */
export function formaterDateFr(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

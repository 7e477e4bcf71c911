/**
 * Vrai pour une valeur qui ne renseigne rien : `undefined`, `null` ou texte blanc.
 *
 * @example
 * ```ts
 * estValeurVide("  "); // true
 * estValeurVide(false); // false (une réponse « non » est une réponse)
 * ```
 */
export function estValeurVide(valeur: unknown): boolean {
  return valeur === undefined || valeur === null || (typeof valeur === "string" && valeur.trim() === "");
}

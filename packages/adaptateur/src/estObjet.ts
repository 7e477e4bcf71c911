/**
 * Vrai pour un objet JSON simple (ni `null`, ni tableau).
 *
 * @example
 * ```ts
 * estObjet({ a: 1 }); // true
 * estObjet([1]); // false
 * ```
 */
export function estObjet(valeur: unknown): valeur is Record<string, unknown> {
  return typeof valeur === "object" && valeur !== null && !Array.isArray(valeur);
}

/**
 * Lit la valeur à un chemin (segments) dans un objet quelconque, sans lever d'exception.
 * Un segment numérique indexe un tableau.
 *
 * @example
 * ```ts
 * lireChemin({ contrat: { apprenti: { nom: "MARTIN" } } }, ["contrat", "apprenti", "nom"]); // "MARTIN"
 * lireChemin({ a: [{ b: 1 }] }, ["a", "0", "b"]); // 1
 * ```
 */
export function lireChemin(objet: unknown, segments: readonly string[]): unknown {
  let courant: unknown = objet;
  for (const segment of segments) {
    if (typeof courant !== "object" || courant === null) return undefined;
    if (!Object.hasOwn(courant, segment)) return undefined;
    courant = (courant as Record<string, unknown>)[segment];
  }
  return courant;
}

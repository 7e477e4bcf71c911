/**
 * Représentation textuelle d'une valeur quelconque pour un message, sans jamais lever (objets
 * sans prototype, références circulaires, BigInt…).
 *
 * @example
 * ```ts
 * representer("39"); // '"39"'
 * representer(Object.create(null)); // "{}"
 * ```
 */
export function representer(valeur: unknown): string {
  try {
    if (valeur instanceof Error) return `${valeur.name}: ${valeur.message}`;
    const json = JSON.stringify(valeur);
    return json === undefined ? String(valeur) : json;
  } catch {
    try {
      return String(valeur);
    } catch {
      return "(valeur non représentable)";
    }
  }
}

/**
 * Insère le point d'un code NAF rév. 2 saisi sans lui (`"1071C"` → `"10.71C"`, R-NAF).
 * Le texte doit déjà être en majuscules ; toute autre valeur est renvoyée telle quelle.
 *
 * @example
 * ```ts
 * normaliserNaf("1071C"); // "10.71C"
 * normaliserNaf("10.71C"); // "10.71C"
 * ```
 */
export function normaliserNaf(texte: string): string {
  const sansEspace = texte.replace(/\s/gu, "");
  return /^\d{4}[A-Z]$/u.test(sansEspace) ? `${sansEspace.slice(0, 2)}.${sansEspace.slice(2)}` : sansEspace;
}

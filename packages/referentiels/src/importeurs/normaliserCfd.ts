import { verifierCfd } from "@communs-opco/identifiants";

/**
 * Normalise un code formation diplôme (règles de `@communs-opco/identifiants`) (CFD, 8 caractères) : majuscules, zéros de tête restaurés
 * (les tableurs et CSV perdent le zéro initial : `1022001` → `01022001`). `null` si invalide.
 *
 * @example
 * ```ts
 * normaliserCfd(1022001); // "01022001"
 * normaliserCfd("46x32402"); // "46X32402"
 * ```
 */
export function normaliserCfd(valeur: unknown): string | null {
  if (typeof valeur !== "string" && typeof valeur !== "number") return null;
  const resultat = verifierCfd(String(valeur).trim());
  return resultat.valide ? resultat.normalise : null;
}

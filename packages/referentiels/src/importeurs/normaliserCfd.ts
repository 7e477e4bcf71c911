/**
 * Normalise un code formation diplôme (CFD, 8 caractères) : majuscules, zéros de tête restaurés
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
  let texte = String(valeur).trim().toUpperCase();
  if (/^\d{5,7}$/.test(texte)) texte = texte.padStart(8, "0");
  return /^[A-Z0-9]{3}\d{3}[A-Z0-9]{2}$/.test(texte) ? texte : null;
}

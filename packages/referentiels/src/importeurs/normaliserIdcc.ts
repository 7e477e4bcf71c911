/**
 * Normalise un IDCC en chaîne canonique de 4 chiffres (`478` → `"0478"`). `null` si ce n'est pas
 * un IDCC (vide, `NA`, texte).
 *
 * @example
 * ```ts
 * normaliserIdcc(478); // "0478"
 * normaliserIdcc(" 00706 "); // "0706"
 * normaliserIdcc("NA"); // null
 * ```
 */
export function normaliserIdcc(valeur: unknown): string | null {
  if (typeof valeur !== "string" && typeof valeur !== "number") return null;
  const texte = String(valeur).trim();
  if (!/^\d{1,5}$/.test(texte)) return null;
  const n = Number(texte);
  return n > 0 && n <= 9999 ? String(n).padStart(4, "0") : null;
}

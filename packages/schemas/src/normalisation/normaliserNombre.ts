const NOMBRE = /^[+-]?(\d+)([.,]\d+)?$/u;

/**
 * Convertit un nombre écrit comme dans les fichiers réels en `number`.
 *
 * Accepte les nombres, `"1234.5"`, `"1 234,50"` (espaces, espaces insécables et fines
 * comme séparateurs de milliers), le suffixe `€` ou `EUR` et le signe `%`.
 * Renvoie `undefined` si le texte n'est pas un nombre.
 *
 * @example
 * ```ts
 * normaliserNombre("1 234,50 €"); // 1234.5
 * normaliserNombre("53%"); // 53
 * normaliserNombre("abc"); // undefined
 * ```
 */
export function normaliserNombre(valeur: unknown): number | undefined {
  if (typeof valeur === "number") return Number.isFinite(valeur) ? valeur : undefined;
  if (typeof valeur !== "string") return undefined;
  const texte = valeur
    .replace(/[\s\u00a0\u202f]/gu, "")
    .replace(/(€|eur|euros?|%)$/iu, "");
  if (!NOMBRE.test(texte)) return undefined;
  return Number(texte.replace(",", "."));
}

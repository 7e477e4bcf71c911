const SEGMENT = /^[A-Za-z][A-Za-z0-9]*$/;
const INTERDITS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Vrai si le texte est un chemin de champ acceptable (segments alphanumériques séparés par des
 * points, sans `__proto__`, `constructor` ni `prototype`).
 *
 * @example
 * ```ts
 * estCheminChamp("employeur.adresse.codePostal"); // true
 * estCheminChamp("employeur.__proto__"); // false
 * ```
 */
export function estCheminChamp(chemin: string): boolean {
  const segments = chemin.split(".");
  return segments.every((s) => SEGMENT.test(s) && !INTERDITS.has(s));
}

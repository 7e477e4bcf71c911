/**
 * Met un IDCC sous sa forme canonique : 4 chiffres, zéros de tête rétablis (l'API Apprentissage
 * et CFA Dock le transmettent comme un nombre).
 *
 * @param idcc - IDCC en chaîne ou en nombre (« 16 », 16, « 0016 », « 1486 »).
 * @returns l'IDCC sur 4 chiffres, ou `undefined` si la valeur n'est pas un entier de 1 à 4 chiffres.
 * @example
 * ```ts
 * import { normaliserIdcc } from "@communs-opco/nomenclatures";
 * normaliserIdcc(16); // "0016"
 * normaliserIdcc(" 1486 "); // "1486"
 * normaliserIdcc("12345"); // undefined
 * ```
 */
export function normaliserIdcc(idcc: string | number): string | undefined {
  const texte = typeof idcc === "number" ? (Number.isInteger(idcc) && idcc >= 0 ? String(idcc) : "") : idcc.trim();
  if (!/^\d{1,4}$/.test(texte)) return undefined;
  return texte.padStart(4, "0");
}

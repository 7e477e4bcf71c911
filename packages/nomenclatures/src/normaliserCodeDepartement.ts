/**
 * Met un code de département sous sa forme canonique : majuscules, « 1 » → « 01 », et retrait du
 * zéro de tête ajouté par AGECAP (« 075 » → « 75 », « 02A » → « 2A »).
 *
 * @param code - code reçu.
 * @returns le code canonique (non vérifié contre la table).
 * @example
 * ```ts
 * import { normaliserCodeDepartement } from "@communs-opco/nomenclatures";
 * normaliserCodeDepartement("02a"); // "2A"
 * normaliserCodeDepartement("075"); // "75"
 * normaliserCodeDepartement("971"); // "971"
 * ```
 */
export function normaliserCodeDepartement(code: string): string {
  const texte = code.trim().toUpperCase();
  if (/^\d$/.test(texte)) return `0${texte}`;
  if (/^0(\d{2}|2[AB])$/.test(texte)) return texte.slice(1);
  return texte;
}

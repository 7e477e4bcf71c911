import type { EntreeAcademie } from "./EntreeAcademie";
import { tableAcademies } from "./donnees/tableAcademies";
import { entreeParCode } from "./entreeParCode";

/**
 * Académie d'après son code (2 chiffres ; « 1 » est lu « 01 »).
 *
 * @param code - code de l'académie.
 * @returns l'académie, ou `undefined` si le code est inconnu.
 * @example
 * ```ts
 * import { academie } from "@communs-opco/nomenclatures";
 * academie("01")?.nom; // "Paris"
 * academie("70")?.nom; // "Normandie"
 * ```
 */
export function academie(code: string): EntreeAcademie | undefined {
  const texte = code.trim();
  return entreeParCode(tableAcademies, /^\d$/.test(texte) ? `0${texte}` : texte);
}

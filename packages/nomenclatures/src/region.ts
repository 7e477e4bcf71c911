import { tableRegions } from "./donnees/tableRegions";
import { entreeParCode } from "./entreeParCode";
import type { EntreeRegion } from "./EntreeRegion";

/**
 * Région d'après son code INSEE (« 11 », « 84 », DROM « 01 » à « 06 » ; « 1 » est lu « 01 »).
 *
 * @param code - code INSEE de la région.
 * @returns la région, ou `undefined` si le code est inconnu.
 * @example
 * ```ts
 * import { region } from "@communs-opco/nomenclatures";
 * region("11")?.nom; // "Île-de-France"
 * region("6")?.nom; // "Mayotte"
 * ```
 */
export function region(code: string): EntreeRegion | undefined {
  const texte = code.trim();
  return entreeParCode(tableRegions, /^\d$/.test(texte) ? `0${texte}` : texte);
}

import { academie } from "./academie";
import type { DepartementDetaille } from "./DepartementDetaille";
import { tableDepartements } from "./donnees/tableDepartements";
import { entreeParCode } from "./entreeParCode";
import { normaliserCodeDepartement } from "./normaliserCodeDepartement";
import { region } from "./region";

/**
 * Département (ou DROM, collectivité d'outre-mer, « 99 » étranger) avec sa région et son académie.
 * Le code est normalisé ({@link normaliserCodeDepartement}) : « 2a », « 02A », « 075 » sont acceptés.
 *
 * @param code - code du département.
 * @returns le département détaillé, ou `undefined` si le code est inconnu.
 * @example
 * ```ts
 * import { departement } from "@communs-opco/nomenclatures";
 * departement("2A")?.region?.nom; // "Corse"
 * departement("976")?.academie?.nom; // "Mayotte"
 * departement("99")?.region; // null
 * ```
 */
export function departement(code: string): DepartementDetaille | undefined {
  const entree = entreeParCode(tableDepartements, normaliserCodeDepartement(code));
  if (entree === undefined) return undefined;
  return {
    code: entree.code,
    nom: entree.nom,
    region: entree.codeRegion === null ? null : (region(entree.codeRegion) ?? null),
    academie: entree.codeAcademie === null ? null : (academie(entree.codeAcademie) ?? null),
    statut: entree.statut,
  };
}

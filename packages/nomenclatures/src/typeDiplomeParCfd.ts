import { tableDiplome } from "./donnees/tableDiplome";
import { tablePrefixeCfd } from "./donnees/tablePrefixeCfd";
import type { EntreeDiplome } from "./EntreeDiplome";
import { entreeParCode } from "./entreeParCode";

/**
 * Type de diplôme du CERFA (liste DIPLOMES) déduit du code formation diplôme (CFD) : ses 3
 * premiers caractères donnent le niveau (table {@link tablePrefixeCfd}).
 * Le CFD est mis en majuscules ; un CFD de 7 caractères (zéro de tête perdu dans un tableur)
 * est complété à 8. Un 9e caractère (lettre de spécialité) est accepté.
 *
 * @param cfd - code formation diplôme (« 50022427 », « 46X32402 »).
 * @returns le type de diplôme, ou `undefined` si le CFD est mal formé, si son préfixe est inconnu
 * ou si la source ne donne pas de type valide (préfixe 251).
 * @example
 * ```ts
 * import { typeDiplomeParCfd } from "@communs-opco/nomenclatures";
 * typeDiplomeParCfd("50022427")?.code; // "33" (CAP)
 * typeDiplomeParCfd("1022001")?.code; // "35" (lu « 01022001 », mention complémentaire)
 * typeDiplomeParCfd("99999999"); // undefined
 * ```
 */
export function typeDiplomeParCfd(cfd: string): EntreeDiplome | undefined {
  let code = cfd.trim().toUpperCase();
  if (/^[A-Z0-9]{2}\d{3}[A-Z0-9]{2}$/.test(code)) code = `0${code}`;
  if (!/^[A-Z0-9]{3}\d{3}[A-Z0-9]{2}[A-Z]?$/.test(code)) return undefined;
  const type = entreeParCode(tablePrefixeCfd, code.slice(0, 3))?.typeDiplome;
  return type === undefined || type === null ? undefined : entreeParCode(tableDiplome, type);
}

import { estRenseigne } from "../Lecture";

/**
 * Texte d'une valeur brute lu exactement comme `Lecture.texte` le lit, pour les gardes compilées :
 * texte renseigné sans espaces autour, nombre fini écrit en texte ; `undefined` sinon (valeur absente,
 * vide ou d'un autre type).
 *
 * @example
 * ```ts
 * texteLu(" 1486 "); // "1486"
 * texteLu(1486); // "1486"
 * texteLu(""); // undefined
 * ```
 */
export function texteLu(valeur: unknown): string | undefined {
  if (!estRenseigne(valeur)) return undefined;
  if (typeof valeur === "string") return valeur.trim();
  if (typeof valeur === "number" && Number.isFinite(valeur)) return String(valeur);
  return undefined;
}

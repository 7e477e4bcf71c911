import { PROFONDEUR_FIGEE } from "./gelerExplication";

function figeJusquA(valeur: unknown, profondeur: number): boolean {
  if (typeof valeur !== "object" || valeur === null) return true;
  if (profondeur >= PROFONDEUR_FIGEE || !Object.isFrozen(valeur)) return false;
  for (const v of Object.values(valeur)) if (!figeJusquA(v, profondeur + 1)) return false;
  return true;
}

/**
 * Vrai si la valeur et tout ce qu'elle contient sont figés (`Object.freeze`), sur les niveaux que
 * fige le moteur pour une explication partagée : un constat d'une explication réemployée (figée par
 * le moteur) ne changera plus, un lecteur peut donc retenir sa forme publiée (texte JSON, octets)
 * par identité. Au-delà de cette profondeur, ou dès qu'un objet n'est pas figé : faux.
 *
 * @example
 * ```ts
 * estFigeEnProfondeur(Object.freeze({ details: Object.freeze({ siret: "73282932000074" }) })); // true
 * estFigeEnProfondeur(Object.freeze({ details: { siret: "73282932000074" } })); // false
 * ```
 */
export function estFigeEnProfondeur(valeur: unknown): boolean {
  return figeJusquA(valeur, 0);
}

import { normaliserNomOpco } from "./normaliserNomOpco";

const MOTS_VIDES = new Set(["OPCO", "L", "LE", "LA", "LES", "DE", "DES", "DU", "D", "ET"]);

/**
 * Forme réduite d'un nom d'OPCO : forme normalisée ({@link normaliserNomOpco}) sans les mots
 * « OPCO », « L' », « DE », « LA », « DES », « DU », « ET »… Sert de second niveau de comparaison
 * (« Opco Uniformation » → « UNIFORMATION »).
 *
 * @param nom - nom tel que reçu d'un système.
 * @returns la forme réduite.
 * @example
 * ```ts
 * import { reduireNomOpco } from "@communs-opco/nomenclatures";
 * reduireNomOpco("OPCO de la Cohésion sociale"); // "COHESION SOCIALE"
 * ```
 */
export function reduireNomOpco(nom: string): string {
  return normaliserNomOpco(nom)
    .split(" ")
    .filter((mot) => mot !== "" && !MOTS_VIDES.has(mot))
    .join(" ");
}

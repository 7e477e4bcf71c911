import type { ChampBrouillon } from "./ChampBrouillon";

/**
 * Brouillon de contrat en cours de saisie : une valeur par chemin du format standard
 * (`employeur.siret`, `formation.rncp`, `maitre1.nom`…), chacune avec sa provenance. Un brouillon
 * n'est jamais modifié en place : chaque opération en renvoie un nouveau.
 *
 * @example
 * ```ts
 * const b: Brouillon = { champs: { "employeur.siret": { valeur: "80123456700015", provenance: "saisie", date: "2026-11-26" } } };
 * ```
 */
export interface Brouillon {
  readonly champs: Readonly<Record<string, ChampBrouillon>>;
}

/**
 * Brouillon sans aucun champ.
 *
 * @example
 * ```ts
 * Object.keys(brouillonVide.champs).length; // 0
 * ```
 */
export const brouillonVide: Brouillon = { champs: {} };

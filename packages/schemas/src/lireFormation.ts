import { lireEnregistrement, type ResultatLecture } from "./lireEnregistrement.js";
import { creerSchemaEntree } from "./normalisation/creerSchemaEntree.js";
import { schemaFormation, type Formation } from "./formation.js";

/**
 * Schéma d'entrée tolérant : accepte les variantes des sources (voir {@link schemaFormation})
 * et produit l'enregistrement standard ; les champs hors standard vont dans `extensions`.
 *
 * @example
 * ```ts
 * const r = schemaFormationEntree.safeParse({});
 * r.success; // true
 * ```
 */
export const schemaFormationEntree = creerSchemaEntree(schemaFormation);

/**
 * Lit un enregistrement et renvoie la valeur standard ou les erreurs (chemin, code,
 * message en français). Ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * const r = lireFormation({});
 * r.ok; // true
 * ```
 */
export function lireFormation(donnees: unknown): ResultatLecture<Formation> {
  return lireEnregistrement(schemaFormationEntree, donnees);
}

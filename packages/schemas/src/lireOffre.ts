import { lireEnregistrement, type ResultatLecture } from "./lireEnregistrement.js";
import { creerSchemaEntree } from "./normalisation/creerSchemaEntree.js";
import { schemaOffre, type Offre } from "./offre.js";

/**
 * Schéma d'entrée tolérant : accepte les variantes des sources (voir {@link schemaOffre})
 * et produit l'enregistrement standard ; les champs hors standard vont dans `extensions`.
 *
 * @example
 * ```ts
 * const r = schemaOffreEntree.safeParse({});
 * r.success; // true
 * ```
 */
export const schemaOffreEntree = creerSchemaEntree(schemaOffre);

/**
 * Lit un enregistrement et renvoie la valeur standard ou les erreurs (chemin, code,
 * message en français). Ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * const r = lireOffre({});
 * r.ok; // true
 * ```
 */
export function lireOffre(donnees: unknown): ResultatLecture<Offre> {
  return lireEnregistrement(schemaOffreEntree, donnees);
}

import { lireEnregistrement, type ResultatLecture } from "./lireEnregistrement.js";
import { creerSchemaEntree } from "./normalisation/creerSchemaEntree.js";
import { schemaCertification, type Certification } from "./certification.js";

/**
 * Schéma d'entrée tolérant : accepte les variantes des sources (voir {@link schemaCertification})
 * et produit l'enregistrement standard ; les champs hors standard vont dans `extensions`.
 *
 * @example
 * ```ts
 * const r = schemaCertificationEntree.safeParse({});
 * r.success; // true
 * ```
 */
export const schemaCertificationEntree = creerSchemaEntree(schemaCertification);

/**
 * Lit un enregistrement et renvoie la valeur standard ou les erreurs (chemin, code,
 * message en français). Ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * const r = lireCertification({});
 * r.ok; // true
 * ```
 */
export function lireCertification(donnees: unknown): ResultatLecture<Certification> {
  return lireEnregistrement(schemaCertificationEntree, donnees);
}

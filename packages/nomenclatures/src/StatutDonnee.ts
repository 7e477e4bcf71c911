/**
 * Statut d'une entrée : `"verifie"` quand elle vient telle quelle de la source de la table,
 * `"a_verifier"` quand elle a été ajoutée par ce paquet d'après une source secondaire
 * (à confirmer sur la source officielle).
 *
 * @example
 * ```ts
 * import { departement } from "@communs-opco/nomenclatures";
 * departement("987")?.statut; // "a_verifier"
 * ```
 */
export type StatutDonnee = "verifie" | "a_verifier";

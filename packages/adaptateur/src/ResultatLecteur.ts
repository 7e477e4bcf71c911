import type { EmplacementSource } from "./EmplacementSource.js";
import type { ErreurLecture } from "./ErreurLecture.js";

/**
 * Un élément produit par un lecteur : soit un enregistrement standard lu (`ok: true`)
 * avec son emplacement d'origine, soit une erreur localisée (`ok: false`). Chaque
 * enregistrement de la source donne exactement un résultat : rien n'est perdu en silence.
 * Les champs source que le standard ne porte pas sont conservés dans le champ
 * `extensions` de l'enregistrement (chemin d'origine → valeur).
 *
 * @example
 * ```ts
 * const r: ResultatLecteur<{ numeroDeca?: string }> = {
 *   ok: true,
 *   valeur: { numeroDeca: "02B202212000000" },
 *   source: { fichier: "deca.json", pointeur: "/contrats/0" },
 * };
 * if (!r.ok) console.error(r.erreur.message);
 * ```
 */
export type ResultatLecteur<T> =
  | { readonly ok: true; readonly valeur: T; readonly source: EmplacementSource }
  | { readonly ok: false; readonly erreur: ErreurLecture };

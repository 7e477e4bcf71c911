/**
 * Met un nom d'OPCO sous une forme comparable : majuscules, sans accents ni ligatures,
 * apostrophes, ponctuation et espaces multiples remplacés par une seule espace.
 *
 * @param nom - nom tel que reçu d'un système.
 * @returns la forme normalisée (chaîne vide si le nom ne contient ni lettre ni chiffre).
 * @example
 * ```ts
 * import { normaliserNomOpco } from "@communs-opco/nomenclatures";
 * normaliserNomOpco("L'Opcommerce"); // "L OPCOMMERCE"
 * normaliserNomOpco("main-d'œuvre"); // "MAIN D OEUVRE"
 * ```
 */
export function normaliserNomOpco(nom: string): string {
  return nom
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "OE")
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "AE")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim();
}

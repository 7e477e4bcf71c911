import { creerSchemaIdentifiant } from "./creerSchemaIdentifiant";
import { nettoyerSaisie } from "./nettoyerSaisie";
import type { ResultatIdentifiant } from "./ResultatIdentifiant";
import { resultatInvalide } from "./resultatInvalide";
import { resultatValide } from "./resultatValide";

/**
 * Contrôle le format d'un code postal français : 5 chiffres (`^\d{5}$`, règle R-CP). Aucun zéro
 * n'est ajouté : une saisie de moins de 5 chiffres est refusée, comme dans le CERFA.
 * L'existence du code (table de correspondance avec les communes) relève des référentiels.
 *
 * Codes d'erreur : `code_postal.vide`, `code_postal.caracteres`, `code_postal.longueur`.
 *
 * @example
 * ```ts
 * verifierCodePostal("75 018"); // { valide: true, normalise: "75018" }
 * verifierCodePostal("1000").valide; // false (code_postal.longueur)
 * ```
 */
export function verifierCodePostal(valeur: string): ResultatIdentifiant {
  const code = nettoyerSaisie(valeur);
  if (code === "") return resultatInvalide("code_postal.vide", "le code postal est vide");
  if (!/^\d+$/.test(code)) {
    return resultatInvalide("code_postal.caracteres", "le code postal ne doit contenir que des chiffres");
  }
  if (code.length !== 5) {
    return resultatInvalide("code_postal.longueur", `le code postal doit comporter 5 chiffres (${code.length} reçus)`);
  }
  return resultatValide(code);
}

/**
 * Schéma zod normalisant d'un code postal (voir {@link verifierCodePostal}).
 *
 * @example
 * ```ts
 * schemaCodePostal.parse(" 20000 "); // "20000"
 * ```
 */
export const schemaCodePostal = creerSchemaIdentifiant(verifierCodePostal);

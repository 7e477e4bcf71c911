import { creerSchemaIdentifiant } from "./creerSchemaIdentifiant";
import { verifierLuhn } from "./luhn";
import { nettoyerSaisie } from "./nettoyerSaisie";
import type { ResultatIdentifiant } from "./ResultatIdentifiant";
import { resultatInvalide } from "./resultatInvalide";
import { resultatValide } from "./resultatValide";

/**
 * Contrôle un numéro SIREN (9 chiffres, clé de Luhn) et le normalise (espaces, points et tirets
 * retirés). Le SIREN est formé des 9 premiers chiffres du SIRET.
 *
 * Codes d'erreur : `siren.vide`, `siren.caracteres`, `siren.longueur`, `siren.cle`.
 *
 * @example
 * ```ts
 * verifierSiren("356 000 000"); // { valide: true, normalise: "356000000" }
 * verifierSiren("356000001").valide; // false (siren.cle)
 * ```
 */
export function verifierSiren(valeur: string): ResultatIdentifiant {
  const siren = nettoyerSaisie(valeur);
  if (siren === "") return resultatInvalide("siren.vide", "le SIREN est vide");
  if (!/^\d+$/.test(siren)) return resultatInvalide("siren.caracteres", "le SIREN ne doit contenir que des chiffres");
  if (siren.length !== 9) {
    return resultatInvalide("siren.longueur", `le SIREN doit comporter 9 chiffres (${siren.length} reçus)`);
  }
  if (!verifierLuhn(siren)) return resultatInvalide("siren.cle", "la clé de contrôle est incorrecte");
  return resultatValide(siren);
}

/**
 * Schéma zod normalisant d'un SIREN (voir {@link verifierSiren}).
 *
 * @example
 * ```ts
 * schemaSiren.parse("356 000 000"); // "356000000"
 * ```
 */
export const schemaSiren = creerSchemaIdentifiant(verifierSiren);

import { creerSchemaIdentifiant } from "./creerSchemaIdentifiant";
import { nettoyerSaisie } from "./nettoyerSaisie";
import type { ResultatIdentifiant } from "./ResultatIdentifiant";
import { resultatInvalide } from "./resultatInvalide";
import { resultatValide } from "./resultatValide";

/**
 * Contrôle un code formation diplôme (CFD, table BCN `FORMATION_DIPLOME`) : 8 caractères,
 * `^[A-Z0-9]{3}\d{3}[A-Z0-9]{2}$` (niveau sur 3 caractères, groupe NSF sur 3 chiffres, numéro
 * d'ordre sur 2 caractères). Normalisation : majuscules, espaces retirés, et restauration du
 * zéro de tête perdu par les tableurs (`1022001` → `01022001`, `referentiels.md` §3).
 *
 * L'existence du code dans la BCN (règle R-CFD) relève du paquet des référentiels.
 *
 * Codes d'erreur : `cfd.vide`, `cfd.longueur`, `cfd.format`.
 *
 * @example
 * ```ts
 * verifierCfd("50022427"); // { valide: true, normalise: "50022427" }
 * verifierCfd("1022001"); // { valide: true, normalise: "01022001" }
 * verifierCfd("46x32402"); // { valide: true, normalise: "46X32402" }
 * ```
 */
export function verifierCfd(valeur: string): ResultatIdentifiant {
  const saisie = nettoyerSaisie(valeur);
  if (saisie === "") return resultatInvalide("cfd.vide", "le code diplôme (CFD) est vide");
  if (saisie.length !== 7 && saisie.length !== 8) {
    return resultatInvalide("cfd.longueur", `le code diplôme (CFD) doit comporter 8 caractères (${saisie.length} reçus)`);
  }
  const cfd = saisie.padStart(8, "0");
  if (!/^[A-Z0-9]{3}\d{3}[A-Z0-9]{2}$/.test(cfd)) {
    return resultatInvalide(
      "cfd.format",
      "le code diplôme (CFD) doit comporter 3 caractères de niveau, 3 chiffres de groupe de spécialité et 2 caractères d'ordre",
    );
  }
  return resultatValide(cfd);
}

/**
 * Schéma zod normalisant d'un code formation diplôme (voir {@link verifierCfd}).
 *
 * @example
 * ```ts
 * schemaCfd.parse("1022001"); // "01022001"
 * ```
 */
export const schemaCfd = creerSchemaIdentifiant(verifierCfd);

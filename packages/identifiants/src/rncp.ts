import { creerSchemaIdentifiant } from "./creerSchemaIdentifiant";
import { nettoyerSaisie } from "./nettoyerSaisie";
import type { ResultatIdentifiant } from "./ResultatIdentifiant";
import { resultatInvalide } from "./resultatInvalide";
import { resultatValide } from "./resultatValide";

/**
 * Contrôle un code de fiche RNCP (Répertoire national des certifications professionnelles) :
 * forme canonique `RNCP` + 3 à 5 chiffres. Normalisation : espaces, points et tirets retirés,
 * majuscules, préfixe `RNCP` ajouté s'il manque (`34567` → `RNCP34567`).
 *
 * `RNCPNR` (« non renseigné » dans le catalogue des formations) est refusé avec le code
 * `rncp.non_renseigne`. L'existence et l'état actif de la fiche (règle R-RNCP) relèvent du paquet
 * des référentiels.
 *
 * Codes d'erreur : `rncp.vide`, `rncp.non_renseigne`, `rncp.format`.
 *
 * @example
 * ```ts
 * verifierRncp("rncp 34 567"); // { valide: true, normalise: "RNCP34567" }
 * verifierRncp("38430"); // { valide: true, normalise: "RNCP38430" }
 * ```
 */
export function verifierRncp(valeur: string): ResultatIdentifiant {
  const saisie = nettoyerSaisie(valeur);
  if (saisie === "") return resultatInvalide("rncp.vide", "le code RNCP est vide");
  if (saisie === "RNCPNR") {
    return resultatInvalide("rncp.non_renseigne", "RNCPNR signifie qu'aucune fiche RNCP n'est renseignée");
  }
  const rncp = saisie.startsWith("RNCP") ? saisie : `RNCP${saisie}`;
  if (!/^RNCP\d{3,5}$/.test(rncp)) {
    return resultatInvalide("rncp.format", "le code RNCP doit comporter le préfixe RNCP suivi de 3 à 5 chiffres");
  }
  return resultatValide(rncp);
}

/**
 * Schéma zod normalisant d'un code RNCP (voir {@link verifierRncp}).
 *
 * @example
 * ```ts
 * schemaRncp.parse("34567"); // "RNCP34567"
 * ```
 */
export const schemaRncp = creerSchemaIdentifiant(verifierRncp);

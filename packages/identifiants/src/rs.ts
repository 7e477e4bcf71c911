import { creerSchemaIdentifiant } from "./creerSchemaIdentifiant";
import { nettoyerSaisie } from "./nettoyerSaisie";
import type { ResultatIdentifiant } from "./ResultatIdentifiant";
import { resultatInvalide } from "./resultatInvalide";
import { resultatValide } from "./resultatValide";

/**
 * Contrôle un code de fiche du Répertoire spécifique (RS, France Compétences) : forme canonique
 * `RS` + chiffres (`RS5436`). Normalisation : espaces, points et tirets retirés, majuscules,
 * préfixe `RS` ajouté s'il manque. Le zéro de tête éventuel est conservé tel quel.
 *
 * Le RS n'est pas accepté comme certification d'un contrat d'apprentissage par l'API
 * Apprentissage ; il apparaît dans les exports de France Compétences.
 *
 * Codes d'erreur : `rs.vide`, `rs.format`.
 *
 * @example
 * ```ts
 * verifierRs("rs 5436"); // { valide: true, normalise: "RS5436" }
 * verifierRs("5436"); // { valide: true, normalise: "RS5436" }
 * ```
 */
export function verifierRs(valeur: string): ResultatIdentifiant {
  const saisie = nettoyerSaisie(valeur);
  if (saisie === "") return resultatInvalide("rs.vide", "le code RS est vide");
  const rs = saisie.startsWith("RS") ? saisie : `RS${saisie}`;
  if (!/^RS\d{1,6}$/.test(rs)) {
    return resultatInvalide("rs.format", "le code RS doit comporter le préfixe RS suivi de 1 à 6 chiffres");
  }
  return resultatValide(rs);
}

/**
 * Schéma zod normalisant d'un code du Répertoire spécifique (voir {@link verifierRs}).
 *
 * @example
 * ```ts
 * schemaRs.parse("5436"); // "RS5436"
 * ```
 */
export const schemaRs = creerSchemaIdentifiant(verifierRs);

import { validerContratStandard } from "./generated/validerContratStandard.js";
import type { Contrat } from "./contrat.js";
import { schemaContrat } from "./contrat.js";
import { lireContrat, type ResultatLireContrat } from "./lireContrat.js";
import { pointFixeContrat, TEXTES_POINT_FIXE_CONTRAT } from "./generated/pointFixeContrat.js";
import { arbrePointFixe, verificateursPointFixe, type VerificateurPointFixe } from "./normalisation/compilerPointFixe.js";

/** Vérificateurs des consignes des textes du contrat, dans l'ordre de `pointFixeContrat` (construits à la première lecture). */
let verificateurs: readonly VerificateurPointFixe[] | undefined;

function verificateursContrat(): readonly VerificateurPointFixe[] {
  const liste = verificateursPointFixe(arbrePointFixe(schemaContrat));
  if (liste.length !== TEXTES_POINT_FIXE_CONTRAT) throw new Error("pointFixeContrat n'est plus à jour du schéma du contrat : relancer le build de @communs-opco/schemas.");
  return liste;
}

/**
 * Lit un contrat par le chemin rapide : un enregistrement déjà au standard (celui que valide le
 * JSON Schema publié `contrat.schema.json`, sans champ hors standard) est accepté tel quel par le
 * validateur compilé au build (`validerContratStandard`, code ajv autonome généré, durci pour
 * n'accepter que ce que la lecture tolérante rendrait à l'identique), sans
 * normalisation ni copie ; tout autre enregistrement passe par `lireContrat` (normalisation
 * tolérante, messages en français). Le résultat est celui de `lireContrat` ; seul l'ordre des clés
 * d'un contrat accepté tel quel peut différer. Prévu pour une valeur JSON (issue de `JSON.parse`) ;
 * l'objet renvoyé peut être l'entrée elle-même : ne pas le modifier.
 *
 * @example
 * ```ts
 * const lu = lireContratStandard(JSON.parse(ligne));
 * if (lu.ok) lu.contrat.contrat.dateDebutContrat;
 * ```
 */
export function lireContratStandard(donnees: unknown): ResultatLireContrat {
  if (estContratStandard(donnees)) return { ok: true, contrat: donnees, avertissements: [] };
  return lireContrat(donnees);
}

/**
 * L'enregistrement est-il déjà un contrat au standard, que `lireContrat` rendrait à l'identique
 * (textes rognés non vides, objets non vides, consignes de normalisation sans effet, aucun champ
 * hors standard ni `extensions`) ? Validateur compilé au build depuis le JSON Schema publié.
 *
 * @example
 * ```ts
 * estContratStandard(contratExemple); // true
 * estContratStandard({ contrat: "?" }); // false
 * ```
 */
export function estContratStandard(donnees: unknown): donnees is Contrat {
  if (!(validerContratStandard as (d: unknown) => boolean)(donnees)) return false;
  // Consignes de normalisation des champs textes (invisibles dans le JSON Schema) : valeur
  // inchangée, vérifiée par le code généré au build depuis l'arbre des consignes du schéma.
  verificateurs ??= verificateursContrat();
  return pointFixeContrat(donnees, verificateurs);
}

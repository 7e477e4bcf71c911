import type { ReferenceJuridique } from "@communs-opco/parametres";
import { articleCodeTravail, documentationControle, noticeCerfa } from "../../contrat/referencesJuridiques";

/**
 * Références juridiques des règles de rémunération de l'apprenti : articles du Code du travail
 * (adresse de l'article sur Légifrance quand son identifiant est connu), notice du CERFA et section
 * « Rémunération » de `docs/controles.md`. Les articles encore à confirmer le disent dans leur titre.
 *
 * @example
 * ```ts
 * referencesRemuneration.grille.titre; // "Code du travail, article D6222-26"
 * ```
 */
export const referencesRemuneration = {
  grille: articleCodeTravail("D6222-26"),
  changementTranche: articleCodeTravail("D6222-34", "(changement de tranche au 1er jour du mois suivant l'anniversaire ; article à vérifier)"),
  dureeReduite: articleCodeTravail("D6222-28-1", "(contrat plus court que le cycle de formation : partie du cycle réputée accomplie)"),
  contratsSuccessifs: articleCodeTravail("D6222-29", "(contrats successifs)"),
  secteurPublic: articleCodeTravail("D6272-2", "(majoration facultative pour les contrats conclus à partir du 27/04/2020, décret n° 2020-478)"),
  allongementRqth: articleCodeTravail("R6222-48", "(allongement d'un contrat RQTH : taux de la dernière année + 15 points ; article à vérifier)"),
  smc: articleCodeTravail("D6222-26", "(à partir de 21 ans, le salaire minimum conventionnel s'il est plus favorable)"),
  salaireEmbauche: noticeCerfa("rubrique « La rémunération » : salaire brut mensuel à l'embauche, celui de la première ligne"),
  controles: documentationControle("remuneration", "R-REM-MIN, R-REM-SMC, R-REM-PUBLIC, R-REM-REDUIT"),
} as const satisfies Record<string, ReferenceJuridique>;

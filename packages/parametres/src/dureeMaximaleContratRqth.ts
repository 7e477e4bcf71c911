import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { revueJuridique } from "./revueJuridique";

/**
 * Durée maximale du contrat d'un apprenti reconnu travailleur handicapé (RQTH) : 4 ans, en mois
 * entiers (C. trav. R6222-46 à R6222-48). Le contrôle compare les dates au jour près : un contrat
 * commençant le D finit au plus tard le D + 48 mois − 1 jour.
 *
 * @example
 * ```ts
 * import { dureeMaximaleContratRqth, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(dureeMaximaleContratRqth, "2026-09-01")?.valeur; // 48
 * ```
 */
export const dureeMaximaleContratRqth: Parametre<number> = {
  id: "apprentissage.contrat.duree.maximale_rqth",
  titre: "Durée maximale du contrat d'un apprenti RQTH",
  description:
    "Durée maximale du contrat quand l'apprenti a une reconnaissance de la qualité de travailleur handicapé (4 ans), en mois, comparée au jour près (début + 48 mois − 1 jour au plus). Lue à la date de conclusion.",
  unite: "mois",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: 48,
      references: [articleCode("travail", "R6222-46"), articleCode("travail", "R6222-47"), articleCode("travail", "R6222-48")],
      verifiedOn: revueJuridique.verifiedOn,
      statut: "a_verifier",
      aVerifier: "Numéros exacts des articles (groupe R6222-46 à R6222-48) qui portent l'allongement à 4 ans, et date d'effet de leur rédaction actuelle.",
      notes: `L'allongement à 4 ans relève des articles réglementaires propres aux apprentis handicapés (groupe R6222-46 à R6222-48), et non de L6222-11 (échec à l'examen). Au-delà de 4 ans : erreur. ${revueJuridique.mention}`,
    },
  ],
};

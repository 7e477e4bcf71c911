import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { revueJuridique } from "./revueJuridique";

/**
 * Durée maximale du contrat d'un apprenti inscrit sur la liste des sportifs de haut niveau : 4 ans,
 * en mois entiers (C. trav. R6222-60). Entre 3 et 4 ans, le contrat d'un sportif de haut niveau
 * déclaré est conforme ; au-delà de 4 ans, il ne l'est pas.
 *
 * @example
 * ```ts
 * import { dureeMaximaleContratSportifHautNiveau, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(dureeMaximaleContratSportifHautNiveau, "2026-09-01")?.valeur; // 48
 * ```
 */
export const dureeMaximaleContratSportifHautNiveau: Parametre<number> = {
  id: "apprentissage.contrat.duree.maximale_sportif_haut_niveau",
  titre: "Durée maximale du contrat d'un sportif de haut niveau",
  description:
    "Durée maximale du contrat quand l'apprenti est inscrit sur la liste des sportifs de haut niveau (4 ans), en mois, comparée au jour près. Lue à la date de conclusion.",
  unite: "mois",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: 48,
      references: [articleCode("travail", "R6222-60")],
      verifiedOn: revueJuridique.verifiedOn,
      statut: "a_verifier",
      aVerifier: "Numéro exact de l'article (R6222-60) qui permet de porter à 4 ans le contrat d'un sportif de haut niveau, et date d'effet de sa rédaction actuelle.",
      notes: `Les taux de rémunération de l'année d'allongement restent ceux de la 3e année (pas de majoration, contrairement aux apprentis RQTH). ${revueJuridique.mention}`,
    },
  ],
};

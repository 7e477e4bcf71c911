import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { revueJuridique } from "./revueJuridique";

/**
 * Majoration, en points, des taux de la dernière année pour la période d'allongement du contrat
 * d'un apprenti reconnu travailleur handicapé (C. trav. R6222-48 al. 2) : + 15 points. La 4e année
 * d'un contrat RQTH est payée au taux de la 3e année + 15 points ; un sportif de haut niveau
 * (R6222-60) garde le taux de la 3e année.
 *
 * @example
 * ```ts
 * import { majorationRemunerationRqthProlongation, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(majorationRemunerationRqthProlongation, "2026-09-01")?.valeur; // 15
 * ```
 */
export const majorationRemunerationRqthProlongation: Parametre<number> = {
  id: "apprentissage.remuneration.majoration_rqth_prolongation",
  titre: "Majoration de la rémunération pendant l'allongement d'un contrat RQTH",
  description:
    "Points de pourcentage ajoutés uniformément aux taux de la dernière année (3e) pour la période d'allongement du contrat d'un apprenti reconnu travailleur handicapé. Lue à la date de conclusion.",
  unite: "points de %",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: 15,
      references: [articleCode("travail", "R6222-48", "al. 2")],
      verifiedOn: revueJuridique.verifiedOn,
      statut: "a_verifier",
      aVerifier: "Numéro et alinéa exacts de l'article (R6222-48 al. 2) qui majore de 15 points les taux de la dernière année pendant l'allongement, et date d'effet de sa rédaction actuelle.",
      notes: `Appliquée aux années d'exécution au-delà de la 3e (4e année d'un contrat RQTH, avenant 34). ${revueJuridique.mention}`,
    },
  ],
};

import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { revueJuridique } from "./revueJuridique";

/**
 * Durée maximale du contrat d'apprentissage de droit commun : 3 ans (C. trav. L6222-7-1), en mois,
 * comparée **au jour près** : un contrat commençant le D finit au plus tard le D + 36 mois − 1 jour.
 * La convention tripartite d'aménagement (dérogations 21, 22, 50) adapte la durée **dans** ces
 * bornes et ne permet jamais plus de 3 ans ; les allongements légaux (RQTH, sportif de haut niveau,
 * échec à l'examen) sont des paramètres distincts.
 *
 * @example
 * ```ts
 * import { dureeMaximaleContrat, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(dureeMaximaleContrat, "2026-09-01")?.valeur; // 36
 * ```
 */
export const dureeMaximaleContrat: Parametre<number> = {
  id: "apprentissage.contrat.duree.maximale",
  titre: "Durée maximale du contrat d'apprentissage",
  description:
    "Durée maximale de droit commun (3 ans), en mois, comparée au jour près (début + 36 mois − 1 jour au plus). Une convention d'aménagement de durée (dérogation 22 ou 50) ne permet jamais de la dépasser ; les allongements (RQTH, sportif de haut niveau, échec à l'examen) sont des paramètres distincts. Lue à la date de conclusion.",
  unite: "mois",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: 36,
      references: [articleCode("travail", "L6222-7-1")],
      verifiedOn: revueJuridique.verifiedOn,
      statut: "verifie",
      notes: `L6222-7-1 : entre 6 mois et 3 ans ; son alinéa 2 et l'article réglementaire d'application (R6222-6, à confirmer) permettent à la convention tripartite de réduire ou d'allonger la durée dans ces bornes seulement. L'application de référence plafonne tous les contrats à 54 mois, sans contrôle à 36 mois. Date d'effet : loi n° 2018-771 (série antérieure non encodée). ${revueJuridique.mention}`,
    },
  ],
};

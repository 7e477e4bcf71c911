import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { revueJuridique } from "./revueJuridique";

/** Fenêtre du début de la formation au CFA autour du début d'exécution du contrat. */
export interface FenetreDebutFormation {
  /**
   * Borne haute (C. trav. L6222-12) : la formation au CFA commence au plus tard ce nombre de mois
   * après le début d'exécution du contrat. Au-delà : non conforme.
   */
  moisApresDebutContrat: number;
  /**
   * Fenêtre de L6222-12-1 : une personne peut commencer le cycle de formation au plus ce nombre de
   * mois avant d'être embauchée en apprentissage. Commencer la formation avant le contrat est licite
   * (jamais bloquant) ; au-delà de cette fenêtre, avertissement (vérifier le positionnement et la
   * durée du contrat, en principe réduite).
   */
  moisAvantDebutContrat: number;
}

/**
 * Fenêtre du début de la formation théorique : au plus 3 mois après le début d'exécution du
 * contrat (L6222-12) ; la formation peut commencer jusqu'à 3 mois avant l'embauche (L6222-12-1),
 * et plus tôt encore sans que ce soit une erreur (avertissement). Addition de mois calendaires,
 * bornée à la fin du mois.
 *
 * @example
 * ```ts
 * import { fenetreDebutFormation, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(fenetreDebutFormation, "2026-09-01")?.valeur; // { moisApresDebutContrat: 3, moisAvantDebutContrat: 3 }
 * ```
 */
export const fenetreDebutFormation: Parametre<FenetreDebutFormation> = {
  id: "apprentissage.fenetre.debut_formation",
  titre: "Fenêtre du début de la formation autour du début du contrat",
  description:
    "La formation au CFA commence au plus tard 3 mois après le début d'exécution du contrat (L6222-12, erreur au-delà) ; elle peut commencer jusqu'à 3 mois avant l'embauche (L6222-12-1) ; plus tôt, avertissement seulement. Lue à la date de conclusion.",
  unite: "mois",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: { moisApresDebutContrat: 3, moisAvantDebutContrat: 3 },
      references: [articleCode("travail", "L6222-12", "(borne haute)"), articleCode("travail", "L6222-12-1", "(formation commencée avant le contrat)")],
      verifiedOn: revueJuridique.verifiedOn,
      statut: "verifie",
      notes: `L6222-12 ne fixe plus de borne basse (la règle « pas plus de 3 mois avant » a disparu avec la loi n° 2018-771) : une formation commencée avant le contrat n'est jamais une erreur. L6222-12-1 permet de commencer le cycle jusqu'à 3 mois avant l'embauche sous le statut de stagiaire de la formation professionnelle (situation 7 du CERFA). Date d'effet : rédaction issue de la loi n° 2018-771 (série antérieure non encodée). ${revueJuridique.mention}`,
    },
  ],
};

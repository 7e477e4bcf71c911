import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Écart maximal entre fin de formation et fin du contrat. Le contrat peut se terminer au plus 3 mois après la fin de la formation (règle R-D18).
 *
 * @example
 * ```ts
 * import { fenetreFinContratApresFormation, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(fenetreFinContratApresFormation, "2026-09-01")?.valeur; // 3
 * ```
 */
export const fenetreFinContratApresFormation: Parametre<number> = {
  id: "apprentissage.fenetre.fin_contrat_apres_formation",
  titre: "Écart maximal entre fin de formation et fin du contrat",
  description: "Le contrat peut se terminer au plus 3 mois après la fin de la formation (règle R-D18).",
  unite: "mois",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: 3,
      references: [articleCode("travail", "L6222-12")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Contrôle R-D18 de la spécification du projet ; le texte d'aide de l'application de référence évoque 2 mois quand la date d'examen est inconnue, le contrôle utilise 3 mois. Base légale à vérifier. ${verificationSpecification.mention}`,
    },
  ],
};

import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Écart maximal autour du début de la formation pratique. La formation pratique commence au plus 3 mois après le début d'exécution du contrat (R-D9) et la formation théorique au plus 3 mois avant la formation pratique (R-D12).
 *
 * @example
 * ```ts
 * import { fenetreDebutFormationPratique, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(fenetreDebutFormationPratique, "2026-09-01")?.valeur; // 3
 * ```
 */
export const fenetreDebutFormationPratique: Parametre<number> = {
  id: "apprentissage.fenetre.debut_formation_pratique",
  titre: "Écart maximal autour du début de la formation pratique",
  description: "La formation pratique commence au plus 3 mois après le début d'exécution du contrat (R-D9) et la formation théorique au plus 3 mois avant la formation pratique (R-D12).",
  unite: "mois",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: 3,
      references: [articleCode("travail", "L6222-12")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Contrôles R-D9 et R-D12 de la spécification du projet, repris de l'application de référence ; base légale non donnée par la spécification, rattachée à L6222-12 (à vérifier). ${verificationSpecification.mention}`,
    },
  ],
};

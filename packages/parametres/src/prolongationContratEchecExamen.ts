import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Prolongation du contrat après échec à l'examen. Allongement maximal par avenant (type 33) en cas d'échec à l'examen : la nouvelle fin ne peut dépasser de plus de 12 mois la fin du contrat prolongé.
 *
 * @example
 * ```ts
 * import { prolongationContratEchecExamen, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(prolongationContratEchecExamen, "2026-09-01")?.valeur; // 12
 * ```
 */
export const prolongationContratEchecExamen: Parametre<number> = {
  id: "apprentissage.contrat.prolongation_echec_examen",
  titre: "Prolongation du contrat après échec à l'examen",
  description: "Allongement maximal par avenant (type 33) en cas d'échec à l'examen : la nouvelle fin ne peut dépasser de plus de 12 mois la fin du contrat prolongé.",
  unite: "mois",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: 12,
      references: [articleCode("travail", "L6222-11")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `La spécification du projet (R-D3) donne +1 an (L6222-11) et signale la référence à vérifier. ${verificationSpecification.mention}`,
    },
  ],
};

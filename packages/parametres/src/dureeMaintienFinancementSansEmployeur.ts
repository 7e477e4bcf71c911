import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Durée maximale du financement d'un apprenti sans employeur. Après une rupture, l'apprenti qui poursuit sa formation au CFA sans employeur reste financé jusqu'à la conclusion d'un nouveau contrat, au plus 6 mois.
 *
 * @example
 * ```ts
 * import { dureeMaintienFinancementSansEmployeur, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(dureeMaintienFinancementSansEmployeur, "2026-09-01")?.valeur; // 6
 * ```
 */
export const dureeMaintienFinancementSansEmployeur: Parametre<number> = {
  id: "apprentissage.npec.maintien_sans_employeur",
  titre: "Durée maximale du financement d'un apprenti sans employeur",
  description: "Après une rupture, l'apprenti qui poursuit sa formation au CFA sans employeur reste financé jusqu'à la conclusion d'un nouveau contrat, au plus 6 mois.",
  unite: "mois",
  valeurs: [
    {
      dateEffet: "2020-01-01",
      valeur: 6,
      references: [articleCode("travail", "L6222-12-1")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Durée donnée par la spécification du projet (résumé des décrets 2019-2020) ; article et date d'effet à vérifier. ${verificationSpecification.mention}`,
    },
  ],
};

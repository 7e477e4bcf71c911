import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Durée maximale du contrat d'un apprenti RQTH. Durée maximale du contrat quand l'apprenti a une reconnaissance de la qualité de travailleur handicapé (4 ans), en mois entiers.
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
  description: "Durée maximale du contrat quand l'apprenti a une reconnaissance de la qualité de travailleur handicapé (4 ans), en mois entiers.",
  unite: "mois",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: 48,
      references: [articleCode("travail", "L6222-7-1")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `La spécification (contrat.md §3.5, R-D3) donne 4 ans pour un apprenti RQTH et signale les références à vérifier (article exact de l'allongement non identifié). ${verificationSpecification.mention}`,
    },
  ],
};

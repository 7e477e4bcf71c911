import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Durée minimale du contrat d'apprentissage. Durée minimale du contrat, en mois entiers entre la date de début d'exécution et la date de fin (règle R-D2).
 *
 * @example
 * ```ts
 * import { dureeMinimaleContrat, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(dureeMinimaleContrat, "2026-09-01")?.valeur; // 6
 * ```
 */
export const dureeMinimaleContrat: Parametre<number> = {
  id: "apprentissage.contrat.duree.minimale",
  titre: "Durée minimale du contrat d'apprentissage",
  description: "Durée minimale du contrat, en mois entiers entre la date de début d'exécution et la date de fin (règle R-D2).",
  unite: "mois",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: 6,
      references: [articleCode("travail", "L6222-7-1")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "verifie",
      notes: `Valeur et base légale données par la spécification du projet (R-D2). Date d'effet : entrée en vigueur de L6222-7-1 issu de la loi n° 2018-771 (série antérieure non encodée). ${verificationSpecification.mention}`,
    },
  ],
};

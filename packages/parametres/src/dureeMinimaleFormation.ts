import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Durée minimale de la formation (mois). Durée minimale, en mois entiers, entre la date de début et la date de fin de formation (règle R-D16).
 *
 * @example
 * ```ts
 * import { dureeMinimaleFormation, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(dureeMinimaleFormation, "2026-09-01")?.valeur; // 6
 * ```
 */
export const dureeMinimaleFormation: Parametre<number> = {
  id: "apprentissage.formation.duree.minimale",
  titre: "Durée minimale de la formation (mois)",
  description: "Durée minimale, en mois entiers, entre la date de début et la date de fin de formation (règle R-D16).",
  unite: "mois",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: 6,
      references: [articleCode("travail", "L6222-7-1")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Contrôle R-D16 de la spécification du projet, repris de l'application de référence ; la spécification ne donne pas de base légale propre (rattaché ici à la durée minimale du contrat, à vérifier). ${verificationSpecification.mention}`,
    },
  ],
};

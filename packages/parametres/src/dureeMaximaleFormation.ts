import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Durée maximale de la formation (mois). Durée maximale, en mois entiers, entre la date de début et la date de fin de formation (règle R-D16).
 *
 * @example
 * ```ts
 * import { dureeMaximaleFormation, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(dureeMaximaleFormation, "2026-09-01")?.valeur; // 48
 * ```
 */
export const dureeMaximaleFormation: Parametre<number> = {
  id: "apprentissage.formation.duree.maximale",
  titre: "Durée maximale de la formation (mois)",
  description: "Durée maximale, en mois entiers, entre la date de début et la date de fin de formation (règle R-D16).",
  unite: "mois",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: 48,
      references: [articleCode("travail", "L6222-7-1")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Contrôle R-D16 de la spécification du projet (4 ans), repris de l'application de référence ; base légale à vérifier. ${verificationSpecification.mention}`,
    },
  ],
};

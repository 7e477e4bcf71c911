import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Âge minimal du maître d'apprentissage. Le maître d'apprentissage doit être majeur (18 ans en années entières) à la date de début d'exécution du contrat (règle R-MA-AGE).
 *
 * @example
 * ```ts
 * import { ageMinimumMaitreApprentissage, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(ageMinimumMaitreApprentissage, "2026-09-01")?.valeur; // 18
 * ```
 */
export const ageMinimumMaitreApprentissage: Parametre<number> = {
  id: "apprentissage.maitre.age_minimum",
  titre: "Âge minimal du maître d'apprentissage",
  description: "Le maître d'apprentissage doit être majeur (18 ans en années entières) à la date de début d'exécution du contrat (règle R-MA-AGE).",
  unite: "ans révolus",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: 18,
      references: [articleCode("travail", "R6223-22")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Contrôle R-MA-AGE de la spécification du projet, sans article cité : rattaché aux conditions de compétence du maître (R6223-22), à vérifier. ${verificationSpecification.mention}`,
    },
  ],
};

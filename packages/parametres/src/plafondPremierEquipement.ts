import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Plafond du premier équipement pédagogique. Prise en charge par l'OPCO du premier équipement pédagogique nécessaire à l'exécution de la formation, au plus 500 € par apprenti (contenu et montant fixés par la branche et le conseil d'administration de l'OPCO).
 *
 * @example
 * ```ts
 * import { plafondPremierEquipement, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(plafondPremierEquipement, "2026-09-01")?.valeur; // 500
 * ```
 */
export const plafondPremierEquipement: Parametre<number> = {
  id: "apprentissage.frais_annexes.premier_equipement",
  titre: "Plafond du premier équipement pédagogique",
  description: "Prise en charge par l'OPCO du premier équipement pédagogique nécessaire à l'exécution de la formation, au plus 500 € par apprenti (contenu et montant fixés par la branche et le conseil d'administration de l'OPCO).",
  unite: "EUR/apprenti",
  valeurs: [
    {
      dateEffet: "2020-01-01",
      valeur: 500,
      references: [articleCode("travail", "D6332-83")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Montant donné par la spécification du projet. La mobilité internationale relève d'un forfait fixé par chaque OPCO : ce n'est pas un paramètre légal du paquet. Date d'effet à vérifier. ${verificationSpecification.mention}`,
    },
  ],
};

import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Plafond des frais de restauration de l'apprenti. Prise en charge par l'OPCO des frais de restauration de l'apprenti, au plus 3 € par repas (frais annexes payés seulement si le CFA les finance).
 *
 * @example
 * ```ts
 * import { plafondFraisRestauration, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(plafondFraisRestauration, "2026-09-01")?.valeur; // 3
 * ```
 */
export const plafondFraisRestauration: Parametre<number> = {
  id: "apprentissage.frais_annexes.restauration",
  titre: "Plafond des frais de restauration de l'apprenti",
  description: "Prise en charge par l'OPCO des frais de restauration de l'apprenti, au plus 3 € par repas (frais annexes payés seulement si le CFA les finance).",
  unite: "EUR/repas",
  valeurs: [
    {
      dateEffet: "2020-01-01",
      valeur: 3,
      references: [articleCode("travail", "D6332-83")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Montant donné par la spécification du projet (D6332-83, pages AKTO). Date d'effet : début du financement des contrats par les OPCO, à vérifier. ${verificationSpecification.mention}`,
    },
  ],
};

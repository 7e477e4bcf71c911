import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Plafond des frais d'hébergement de l'apprenti. Prise en charge par l'OPCO des frais d'hébergement de l'apprenti, au plus 6 € par nuitée (frais annexes payés seulement si le CFA les finance).
 *
 * @example
 * ```ts
 * import { plafondFraisHebergement, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(plafondFraisHebergement, "2026-09-01")?.valeur; // 6
 * ```
 */
export const plafondFraisHebergement: Parametre<number> = {
  id: "apprentissage.frais_annexes.hebergement",
  titre: "Plafond des frais d'hébergement de l'apprenti",
  description: "Prise en charge par l'OPCO des frais d'hébergement de l'apprenti, au plus 6 € par nuitée (frais annexes payés seulement si le CFA les finance).",
  unite: "EUR/nuitée",
  valeurs: [
    {
      dateEffet: "2020-01-01",
      valeur: 6,
      references: [articleCode("travail", "D6332-83")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Montant donné par la spécification du projet (D6332-83, pages AKTO). Date d'effet : début du financement des contrats par les OPCO, à vérifier. ${verificationSpecification.mention}`,
    },
  ],
};

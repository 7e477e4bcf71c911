import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Durée légale du travail hebdomadaire. Durée légale du travail effectif à temps complet, en heures par semaine : base du SMIC mensuel (151,67 h par mois) et seuil au-delà duquel la durée déclarée appelle une information (heures supplémentaires).
 *
 * @example
 * ```ts
 * import { dureeTravailHebdomadaireLegale, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(dureeTravailHebdomadaireLegale, "2026-09-01")?.valeur; // 35
 * ```
 */
export const dureeTravailHebdomadaireLegale: Parametre<number> = {
  id: "travail.duree_hebdomadaire.legale",
  titre: "Durée légale du travail hebdomadaire",
  description: "Durée légale du travail effectif à temps complet, en heures par semaine : base du SMIC mensuel (151,67 h par mois) et seuil au-delà duquel la durée déclarée appelle une information (heures supplémentaires).",
  unite: "heures/semaine",
  valeurs: [
    {
      dateEffet: "2002-01-01",
      valeur: 35,
      references: [articleCode("travail", "L3121-27")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "verifie",
      notes: `Durée légale citée par la spécification du projet (151,67 h par mois depuis le 01/01/2002, L3121-27 ; règle R-HEBDO). ${verificationSpecification.mention}`,
    },
  ],
};

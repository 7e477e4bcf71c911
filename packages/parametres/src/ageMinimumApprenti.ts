import { articleCode } from "./articleCode";
import { loiAvenirProfessionnel } from "./loiAvenirProfessionnel";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/** Âges minimaux d'entrée en apprentissage, en années révolues au début d'exécution du contrat. */
export interface AgeMinimumApprenti {
  /** Âge minimal de droit commun (16 ans révolus). */
  anneesRevolues: number;
  /**
   * Âge minimal dérogatoire quand l'apprenti a accompli la scolarité du premier cycle de
   * l'enseignement secondaire (collège) : 15 ans révolus, avec une dérogation de type 11 ou 50.
   */
  anneesRevoluesFinDeCollege: number;
}

/**
 * Âge minimal de l'apprenti au début d'exécution du contrat (C. trav. L6222-1) : 16 ans révolus,
 * 15 ans révolus s'il a terminé le collège. Un apprenti de 15 ans (âge en années entières < 16)
 * doit relever de l'exception ; en dessous de 15 ans, le contrat est impossible.
 *
 * @example
 * ```ts
 * import { ageMinimumApprenti, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(ageMinimumApprenti, "2026-09-01")?.valeur; // { anneesRevolues: 16, anneesRevoluesFinDeCollege: 15 }
 * ```
 */
export const ageMinimumApprenti: Parametre<AgeMinimumApprenti> = {
  id: "apprentissage.age.minimum",
  titre: "Âge minimal de l'apprenti",
  description:
    "Âge minimal, en années révolues à la date de début d'exécution du contrat : 16 ans, ou 15 ans pour un jeune ayant accompli la scolarité du collège (dérogation de type 11 ou 50 du CERFA).",
  unite: "ans révolus",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: { anneesRevolues: 16, anneesRevoluesFinDeCollege: 15 },
      references: [
        articleCode("travail", "L6222-1"),
        loiAvenirProfessionnel,
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "verifie",
      notes: `Valeurs données par la spécification du projet (L6222-1). La date d'effet retenue est l'entrée en vigueur de la rédaction issue de la loi n° 2018-771 ; la série antérieure n'est pas encodée. ${verificationSpecification.mention}`,
    },
  ],
};

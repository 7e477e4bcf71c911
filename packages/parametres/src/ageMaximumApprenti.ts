import { articleCode } from "./articleCode";
import { loiAvenirProfessionnel } from "./loiAvenirProfessionnel";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/** Âge maximal de droit commun de l'apprenti au début d'exécution du contrat. */
export interface AgeMaximumApprenti {
  /**
   * « 29 ans révolus » : l'apprenti peut avoir au plus 29 ans en années entières à la date de début
   * d'exécution du contrat. Âge en années entières ≥ 30 (soit `anneesRevolues + 1`) → hors limite,
   * sauf exception (`exceptionsAgeMaximumApprenti`).
   */
  anneesRevolues: number;
}

/**
 * Âge maximal de l'apprenti au début d'exécution du contrat (C. trav. L6222-1) : 29 ans révolus.
 * Le contrôle est : âge en années entières à `dateDebutContrat` ≤ 29 ; un apprenti de 30 ans sans
 * exception est hors limite (l'application de référence ne bloque qu'au-delà de 30 ans, à tort).
 *
 * @example
 * ```ts
 * import { ageMaximumApprenti, valeurParametre } from "@communs-opco/parametres";
 * const max = valeurParametre(ageMaximumApprenti, "2026-09-01")!.valeur.anneesRevolues; // 29
 * const horsLimite = (ageEnAnneesEntieres: number) => ageEnAnneesEntieres > max; // 30 → true
 * ```
 */
export const ageMaximumApprenti: Parametre<AgeMaximumApprenti> = {
  id: "apprentissage.age.maximum",
  titre: "Âge maximal de l'apprenti",
  description:
    "Âge maximal de droit commun, en années révolues à la date de début d'exécution du contrat : 29 ans révolus (âge en années entières ≤ 29). Les exceptions figurent dans « apprentissage.age.maximum.exceptions ».",
  unite: "ans révolus",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: { anneesRevolues: 29 },
      references: [
        articleCode("travail", "L6222-1"),
        loiAvenirProfessionnel,
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "verifie",
      notes: `Limite de 29 ans révolus donnée par la spécification du projet (R-AGE-MAX). Date d'effet : entrée en vigueur de la loi n° 2018-771 qui a porté la limite de 25 à 29 ans ; la limite antérieure n'est pas encodée. ${verificationSpecification.mention}`,
    },
  ],
};

import type { BaremeRemunerationApprenti, TrancheAgeApprenti } from "@communs-opco/parametres";

/**
 * Tranche d'âge de la grille (D6222-26) correspondant à un âge en années révolues, d'après les
 * bornes du barème consulté.
 *
 * @example
 * ```ts
 * const bareme = valeurParametre(grilleRemunerationApprenti, "2024-09-01")!.valeur;
 * trancheAge(20, bareme); // "18_20_ans"
 * trancheAge(21, bareme); // "21_25_ans"
 * ```
 */
export function trancheAge(age: number, bareme: BaremeRemunerationApprenti): TrancheAgeApprenti {
  for (const definition of bareme.tranches) {
    if (age >= definition.ageMinimum && (definition.ageMaximum === null || age <= definition.ageMaximum)) {
      return definition.tranche;
    }
  }
  // Les tranches de la grille couvrent 0 → ∞ : ce repli ne sert que pour un âge négatif.
  return bareme.tranches[0]!.tranche;
}

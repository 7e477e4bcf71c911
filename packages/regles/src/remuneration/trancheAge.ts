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
  // Bornes du barème non contiguës ou âge négatif : la première tranche (la moins favorable) n'est
  // jamais retenue à tort pour un âge supérieur, car les tranches couvrent 0 → ∞ dans la grille.
  return age < 0 ? bareme.tranches[0]!.tranche : bareme.tranches[bareme.tranches.length - 1]!.tranche;
}

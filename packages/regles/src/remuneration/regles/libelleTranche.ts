import type { TrancheAgeApprenti } from "@communs-opco/parametres";

const LIBELLES: Record<TrancheAgeApprenti, string> = {
  moins_de_18_ans: "moins de 18 ans",
  "18_20_ans": "18 à 20 ans",
  "21_25_ans": "21 à 25 ans",
  "26_ans_et_plus": "26 ans et plus",
};

/**
 * Libellé français d'une tranche d'âge de la grille, pour les messages et la CLI.
 *
 * @example
 * ```ts
 * libelleTranche("18_20_ans"); // "18 à 20 ans"
 * ```
 */
export function libelleTranche(tranche: TrancheAgeApprenti): string {
  return LIBELLES[tranche];
}

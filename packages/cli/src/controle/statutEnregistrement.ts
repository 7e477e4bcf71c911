import type { Constat } from "@communs-opco/regles";
import type { StatutEnregistrement } from "./ResultatControle";

/**
 * Statut d'un enregistrement lisible d'après ses constats : `non_conforme` si l'un d'eux est non
 * conforme (quelle que soit sa gravité), sinon `indetermine` si l'un d'eux est indéterminé,
 * sinon `conforme_verifications_executees` quand `nonExecutees` (une vérification n'a pas pu être
 * exécutée pour lui dans cette exécution), sinon `conforme`.
 *
 * @example
 * ```ts
 * statutEnregistrement([]); // "conforme"
 * statutEnregistrement([], true); // "conforme_verifications_executees"
 * ```
 */
export function statutEnregistrement(constats: readonly Constat[], nonExecutees = false): Exclude<StatutEnregistrement, "illisible"> {
  let indetermine = false;
  for (const c of constats) {
    if (c.statut === "non_conforme") return "non_conforme";
    indetermine = true;
  }
  return indetermine ? "indetermine" : nonExecutees ? "conforme_verifications_executees" : "conforme";
}

import type { ContexteEvaluation } from "../ContexteEvaluation";
import { estDateIso } from "../dates/estDateIso";
import type { ConstatRegle } from "../Regle";

/**
 * Constat `indetermine` quand la date d'évaluation du contexte n'est pas une date `AAAA-MM-JJ`
 * valide (les règles qui comparent à « la date du jour » ne peuvent alors pas trancher) ;
 * `undefined` quand elle est valide.
 *
 * @example
 * ```ts
 * const invalide = dateEvaluationInvalide(contexte);
 * if (invalide !== undefined) return [invalide];
 * ```
 */
export function dateEvaluationInvalide(contexte: ContexteEvaluation<object>): ConstatRegle | undefined {
  if (estDateIso(contexte.dateEvaluation)) return undefined;
  return {
    statut: "indetermine",
    message: "Vérification impossible : la date d'évaluation n'est pas une date AAAA-MM-JJ valide.",
    manquants: ["contexte.dateEvaluation"],
    details: {},
  };
}

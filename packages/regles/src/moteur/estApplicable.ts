import type { ContexteEvaluation } from "../ContexteEvaluation";
import type { Regle } from "../Regle";

/**
 * La règle s'applique-t-elle ? Une règle « saisie uniquement » ne s'applique pas en revalidation.
 * Une erreur dans `applicable` est renvoyée telle quelle à l'appelant (qui en fait un constat).
 */
export function estApplicable<E>(regle: Regle<E>, entree: E, contexte: ContexteEvaluation<object>): boolean {
  if (regle.saisieUniquement === true && contexte.cadre === "revalidation") return false;
  return regle.applicable === undefined ? true : regle.applicable(entree, contexte as ContexteEvaluation);
}

import type { Constat } from "../Constat";
import type { StatutRegle } from "../Resultat";

/** Statut d'une règle applicable d'après ses constats. */
export function statutRegle(constats: readonly Constat[]): StatutRegle {
  if (constats.some((c) => c.statut === "non_conforme")) return "non_conforme";
  if (constats.some((c) => c.statut === "indetermine")) return "indetermine";
  return "conforme";
}

import type { Constat } from "../Constat";
import type { ContexteEvaluation } from "../ContexteEvaluation";
import type { RegleSynchrone } from "../Regle";
import type { StatutRegle } from "../Resultat";
import { evaluerRegles } from "../evaluerRegles";
import { contratConforme, type ContratExemple } from "./contratConforme";

/** Évalue une règle sur une copie du contrat conforme modifiée par `modifier`. */
export function evaluerUneRegle(
  regle: RegleSynchrone<object>,
  // biome-ignore lint: les tests modifient librement une copie du contrat
  modifier: (c: any) => void = () => {},
  contexte: Partial<ContexteEvaluation> = {},
): { statut: StatutRegle; constats: Constat[] } {
  const contrat: ContratExemple = contratConforme();
  modifier(contrat);
  const r = evaluerRegles([regle], contrat, { dateEvaluation: "2025-08-25", mode: "explication", ...contexte });
  return { statut: r.explications?.[0]?.statut ?? "indetermine", constats: r.constats };
}

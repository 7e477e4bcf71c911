import type { Constat } from "../Constat";
import type { ContexteEvaluation } from "../ContexteEvaluation";
import type { RegleSynchrone } from "../Regle";
import type { StatutRegle } from "../Resultat";
import { expect } from "vitest";
import { creerMoteurControle } from "../compile/creerMoteurControle";
import { creerRegistre } from "../RegistreRegles";
import { evaluerRegles } from "../evaluerRegles";
import { contratConforme, type ContratExemple } from "./contratConforme";

/**
 * Évalue une règle sur une copie du contrat conforme modifiée par `modifier`. Vérifie au passage que
 * le moteur compilé (garde puis règle) donne, octet pour octet, le résultat du chemin interprété :
 * chaque test de bornes juridiques est aussi un test d'équivalence.
 */
export function evaluerUneRegle(
  regle: RegleSynchrone<object>,
  // biome-ignore lint: les tests modifient librement une copie du contrat
  modifier: (c: any) => void = () => {},
  contexte: Partial<ContexteEvaluation> = {},
): { statut: StatutRegle; constats: Constat[] } {
  const contrat: ContratExemple = contratConforme();
  modifier(contrat);
  const r = evaluerRegles([regle], contrat, { dateEvaluation: "2025-08-25", mode: "explication", ...contexte });
  const controle: ContexteEvaluation = { dateEvaluation: "2025-08-25", ...contexte, mode: "controle" };
  const rapide = creerMoteurControle(controle, creerRegistre([regle])).evaluer(contrat);
  expect(JSON.stringify(rapide)).toBe(JSON.stringify(evaluerRegles([regle], contrat, controle)));
  return { statut: r.explications?.[0]?.statut ?? "indetermine", constats: r.constats };
}

import type { ParametreConsulte } from "@communs-opco/parametres";
import type { ContexteEvaluation } from "../ContexteEvaluation";
import type { RegleSynchrone } from "../Regle";
import type { Explication } from "../Resultat";
import { completerConstat, constatErreurInterne } from "./completerConstat";
import { creerContexteRegle } from "./creerContexteRegle";
import { estApplicable } from "./estApplicable";
import { exigerPreuves } from "./exigerPreuves";
import type { PreuvePoint } from "../PreuvePoint";
import { explication } from "./explication";
import { statutRegle } from "./statutRegle";

/** Évalue une règle synchrone sans jamais lever : une exception devient un constat `indetermine`. */
export function evaluerRegleSynchrone<E>(regle: RegleSynchrone<E>, entree: E, contexte: ContexteEvaluation<object>): Explication {
  const consultes: ParametreConsulte<unknown>[] = [];
  const preuves: PreuvePoint[] = [];
  try {
    if (!estApplicable(regle, entree, contexte)) return explication(regle, "non_applicable", consultes, []);
    const bruts = regle.evaluer(entree, creerContexteRegle(contexte, consultes, preuves) as never);
    if (!Array.isArray(bruts)) throw new TypeError("la règle n'a pas renvoyé de liste de constats");
    const bilan = exigerPreuves(regle, preuves, bruts.map((c) => completerConstat(regle, c, consultes)), consultes);
    const e = explication(regle, statutRegle(bilan.constats), consultes, bilan.constats);
    if (bilan.preuves !== undefined) e.preuves = bilan.preuves;
    return e;
  } catch (erreur) {
    const constats = [constatErreurInterne(regle, erreur, consultes)];
    return explication(regle, "indetermine", consultes, constats);
  }
}

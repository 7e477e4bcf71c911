import type { ContexteEvaluation } from "./ContexteEvaluation";
import type { Regle, RegleSynchrone } from "./Regle";
import type { RegistreRegles } from "./RegistreRegles";
import type { Resultat } from "./Resultat";
import { assemblerResultat } from "./moteur/assemblerResultat";
import { evaluerRegleSynchrone } from "./moteur/evaluerRegleSynchrone";
import { avecMemoireEvaluation } from "./moteur/memoriserPendantEvaluation";

/**
 * Évalue de façon synchrone les règles **synchrones** d'un registre (ou d'une liste) sur une
 * entrée, à la date d'évaluation du contexte. Les règles asynchrones sont ignorées : utiliser
 * `evaluerReglesAsync` pour les inclure.
 *
 * Ne lève jamais à cause des données : une règle qui lève est transformée en constat
 * `indetermine` portant `details.erreur`. En mode `explication`, le résultat liste aussi les
 * règles conformes et non applicables, avec les paramètres consultés.
 *
 * @example
 * ```ts
 * import { evaluerRegles, registreContrat } from "@communs-opco/regles";
 * const r = evaluerRegles(registreContrat, contrat, { dateEvaluation: "2026-11-26", mode: "explication" });
 * r.synthese.complet; // false s'il reste un constat bloquant
 * r.explications?.filter((e) => e.statut === "conforme").length;
 * ```
 */
export function evaluerRegles<E>(
  regles: RegistreRegles<E> | readonly Regle<E>[],
  entree: E,
  contexte: ContexteEvaluation<object>,
): Resultat {
  const liste = "regles" in regles ? regles.regles : regles;
  const synchrones = liste.filter((r): r is RegleSynchrone<E> => r.nature === "synchrone");
  return assemblerResultat(
    contexte,
    avecMemoireEvaluation(() => synchrones.map((r) => evaluerRegleSynchrone(r, entree, contexte))),
  );
}

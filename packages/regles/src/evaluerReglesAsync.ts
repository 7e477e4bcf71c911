import type { ContexteEvaluation } from "./ContexteEvaluation";
import type { Regle } from "./Regle";
import type { RegistreRegles } from "./RegistreRegles";
import type { Resultat } from "./Resultat";
import { assemblerResultat } from "./moteur/assemblerResultat";
import { evaluerRegleAsynchrone } from "./moteur/evaluerRegleAsynchrone";
import { evaluerRegleSynchrone } from "./moteur/evaluerRegleSynchrone";

/**
 * Évalue toutes les règles d'un registre, synchrones et asynchrones. Les règles asynchrones
 * reçoivent les ports de `contexte.ports` et sont lancées en parallèle ; l'ordre des résultats
 * suit celui du registre.
 *
 * Un port absent du contexte, une promesse rejetée ou une exception donnent un constat
 * `indetermine` qui nomme la source en cause (`manquants: ["ports.<nom>"]`, `details.sources`,
 * `details.erreur`) : jamais conforme.
 *
 * @example
 * ```ts
 * const r = await evaluerReglesAsync(registreContrat, contrat, {
 *   dateEvaluation: "2026-11-26",
 *   ports: { dns: { domaineExiste: async (d) => monResolveur(d) } },
 * });
 * ```
 */
export async function evaluerReglesAsync<E>(
  regles: RegistreRegles<E> | readonly Regle<E>[],
  entree: E,
  contexte: ContexteEvaluation<object>,
): Promise<Resultat> {
  const liste = "regles" in regles ? regles.regles : regles;
  const explications = await Promise.all(
    liste.map((r) => (r.nature === "synchrone" ? Promise.resolve(evaluerRegleSynchrone(r, entree, contexte)) : evaluerRegleAsynchrone(r, entree, contexte))),
  );
  return assemblerResultat(contexte, explications);
}

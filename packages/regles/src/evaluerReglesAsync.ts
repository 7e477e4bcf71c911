import type { ParametreConsulte } from "@communs-opco/parametres";
import type { ContexteEvaluation } from "./ContexteEvaluation";
import type { Regle, RegleAsynchrone } from "./Regle";
import type { RegistreRegles } from "./RegistreRegles";
import type { Explication, Resultat } from "./Resultat";
import { assemblerResultat } from "./moteur/assemblerResultat";
import { completerConstat } from "./moteur/completerConstat";
import { creerContexteRegle } from "./moteur/creerContexteRegle";
import { estApplicable } from "./moteur/estApplicable";
import { exigerPreuves } from "./moteur/exigerPreuves";
import type { PreuvePoint } from "./PreuvePoint";
import type { SansObjet } from "./SansObjet";
import { evaluerRegleSynchrone } from "./moteur/evaluerRegleSynchrone";
import { explication } from "./moteur/explication";
import { representer } from "./moteur/representer";
import { statutRegle } from "./moteur/statutRegle";

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

async function evaluerRegleAsynchrone<E>(regle: RegleAsynchrone<E, object>, entree: E, contexte: ContexteEvaluation<object>): Promise<Explication> {
  const consultes: ParametreConsulte<unknown>[] = [];
  const preuves: PreuvePoint[] = [];
  const sources = [...regle.ports];
  const indetermine = (message: string, details: Record<string, unknown>, manquants: string[]): Explication => {
    const constats = [completerConstat(regle, { statut: "indetermine", message, details: { sources, ...details }, manquants }, consultes)];
    const e = explication(regle, "indetermine", consultes, constats);
    // source absente ou en échec : aucun point de la règle n'est prouvé
    const source = sources.length === 0 ? null : sources.map((p) => `ports.${p}`).join(", ");
    if (regle.points !== undefined && regle.points.length > 0) e.preuves = regle.points.map((point) => ({ point, etat: "non_prouve", source, raison: message }));
    return e;
  };
  try {
    if (!estApplicable(regle, entree, contexte)) return explication(regle, "non_applicable", consultes, []);
  } catch (erreur) {
    return indetermine(`La règle ${regle.id} n'a pas pu être évaluée (erreur interne) : le point n'est pas vérifié.`, { erreur: texteErreur(erreur) }, []);
  }
  const ports = (contexte.ports ?? {}) as Record<string, unknown>;
  const absents = sources.filter((p) => ports[p] === undefined || ports[p] === null);
  if (absents.length > 0) {
    return indetermine(
      `Vérification impossible : source non fournie (${absents.join(", ")}). Le point n'est pas vérifié.`,
      { portsAbsents: absents },
      absents.map((p) => `ports.${p}`),
    );
  }
  try {
    const ctx = creerContexteRegle({ ...contexte, ports }, consultes, preuves) as never;
    const bruts = await regle.evaluer(entree, ctx);
    if (!Array.isArray(bruts)) {
      // Réponse « sans objet » : la source montre que la règle ne s'applique pas à l'entrée.
      const motif: unknown = (bruts as Partial<SansObjet> | null)?.sansObjet;
      if (typeof motif === "string") return { ...explication(regle, "non_applicable", consultes, []), motifNonApplicable: motif };
      throw new TypeError("la règle n'a pas renvoyé de liste de constats");
    }
    const bilan = exigerPreuves(regle, preuves, bruts.map((c) => completerConstat(regle, c, consultes)), consultes);
    const e = explication(regle, statutRegle(bilan.constats), consultes, bilan.constats);
    if (bilan.preuves !== undefined) e.preuves = bilan.preuves;
    return e;
  } catch (erreur) {
    return indetermine(
      `Vérification impossible : la source ${sources.join(", ")} n'a pas répondu (${texteErreur(erreur)}). Le point n'est pas vérifié.`,
      { erreur: texteErreur(erreur) },
      sources.map((p) => `ports.${p}`),
    );
  }
}

function texteErreur(erreur: unknown): string {
  return representer(erreur);
}

import type { ContexteEvaluation } from "./ContexteEvaluation";
import type { Regle, RegleSynchrone } from "./Regle";
import type { RegistreRegles } from "./RegistreRegles";
import type { Resultat } from "./Resultat";
import { assemblerResultat } from "./moteur/assemblerResultat";
import { evaluerRegleSynchrone } from "./moteur/evaluerRegleSynchrone";
import { avecMemoireEvaluation } from "./moteur/memoriserPendantEvaluation";

/** Règles synchrones de la liste de chaque registre (liste en lecture seule, filtrée une fois). */
const synchronesParListe = new WeakMap<readonly Regle<never>[], { readonly taille: number; readonly synchrones: readonly RegleSynchrone<never>[] }>();

function estSynchrone<E>(r: Regle<E>): r is RegleSynchrone<E> {
  return r.nature === "synchrone";
}

function synchronesDuRegistre<E>(registre: RegistreRegles<E>): readonly RegleSynchrone<E>[] {
  const liste = registre.regles as readonly Regle<never>[];
  const connue = synchronesParListe.get(liste);
  // La taille est revérifiée : une liste modifiée malgré son type en lecture seule est refiltrée.
  if (connue !== undefined && connue.taille === liste.length) return connue.synchrones as readonly RegleSynchrone<E>[];
  const synchrones = registre.regles.filter(estSynchrone);
  synchronesParListe.set(liste, { taille: liste.length, synchrones: synchrones as unknown as readonly RegleSynchrone<never>[] });
  return synchrones;
}

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
  const synchrones = "regles" in regles ? synchronesDuRegistre(regles) : regles.filter(estSynchrone);
  return assemblerResultat(
    contexte,
    avecMemoireEvaluation(() => synchrones.map((r) => evaluerRegleSynchrone(r, entree, contexte))),
  );
}

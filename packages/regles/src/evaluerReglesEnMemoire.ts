import type { ContexteEvaluation } from "./ContexteEvaluation";
import type { Regle } from "./Regle";
import type { RegistreRegles } from "./RegistreRegles";
import type { Explication, Resultat } from "./Resultat";
import { assemblerResultat } from "./moteur/assemblerResultat";
import { evaluerRegleEnMemoire } from "./moteur/evaluerRegleAsynchrone";
import { evaluerRegleSynchrone } from "./moteur/evaluerRegleSynchrone";

/**
 * Chaque règle d'un registre peut-elle être évaluée par {@link evaluerReglesEnMemoire} ? Oui quand
 * toutes ses règles asynchrones sont écrites en étapes (`regleParConsultations`).
 *
 * @example
 * ```ts
 * if (estEvaluableEnMemoire(registre)) evaluerReglesEnMemoire(registre, contrat, { dateEvaluation, ports });
 * ```
 */
export function estEvaluableEnMemoire<E>(regles: RegistreRegles<E> | readonly Regle<E>[]): boolean {
  const liste = "regles" in regles ? regles.regles : regles;
  return liste.every((r) => r.nature === "synchrone" || typeof r.etapes === "function");
}

/**
 * Évalue toutes les règles d'un registre, synchrones et à étapes, **sans promesse** : les ports de
 * `contexte.ports` sont en mémoire (`PortsEnMemoire` : chaque méthode rend sa réponse directement,
 * p. ex. le référentiel d'un instantané embarqué ou local). Le résultat est celui
 * d'`evaluerReglesAsync` sur les mêmes ports, octet pour octet : mêmes constats, explications et
 * preuves ; un port requis absent ou une source qui lève rendent la règle `indetermine` en nommant
 * la source. Lève une `TypeError` si une règle asynchrone n'est pas écrite en étapes (voir
 * {@link estEvaluableEnMemoire}).
 *
 * @example
 * ```ts
 * const referentiel = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
 * const r = evaluerReglesEnMemoire(registrePrepaiement(), contrat, { dateEvaluation: "2026-11-26", mode: "explication", ports: { referentiel: referentiel.enMemoire } });
 * ```
 */
export function evaluerReglesEnMemoire<E>(regles: RegistreRegles<E> | readonly Regle<E>[], entree: E, contexte: ContexteEvaluation<object>): Resultat {
  const liste = "regles" in regles ? regles.regles : regles;
  const explications: Explication[] = [];
  for (const r of liste) {
    if (r.nature === "synchrone") explications.push(evaluerRegleSynchrone(r, entree, contexte));
    else if (r.etapes === undefined) throw new TypeError(`La règle ${r.id} n'est pas écrite en étapes : elle ne peut être évaluée qu'avec evaluerReglesAsync.`);
    else explications.push(evaluerRegleEnMemoire(r as Parameters<typeof evaluerRegleEnMemoire<E>>[0], entree, contexte));
  }
  return assemblerResultat(contexte, explications);
}

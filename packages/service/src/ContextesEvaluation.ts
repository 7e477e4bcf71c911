import type { ContexteEvaluation } from "@communs-opco/regles";

/**
 * Contextes d'évaluation du service, un seul objet par (date d'évaluation, mode) pour tout le
 * processus : le moteur compilé des règles du contrat (`creerMoteurControle`, mémorisé par objet
 * contexte dans `controlerValeur`) et ses paramètres résolus sont ainsi construits **une fois**
 * par date et par mode, et non à chaque requête. Au plus `capacite` contextes sont gardés (les
 * plus anciens sont oubliés) : la mémoire reste bornée quelles que soient les dates demandées.
 *
 * @example
 * ```ts
 * const contextes = new ContextesEvaluation();
 * contextes.obtenir("2025-11-03", false) === contextes.obtenir("2025-11-03", false); // true
 * ```
 */
export class ContextesEvaluation {
  readonly #contextes = new Map<string, ContexteEvaluation>();

  constructor(private readonly capacite = 64) {}

  /** Contexte (gelé) de la date donnée, en mode `explication` si demandé. */
  obtenir(dateEvaluation: string, explication: boolean): ContexteEvaluation {
    const cle = `${dateEvaluation}|${explication ? "e" : "c"}`;
    let contexte = this.#contextes.get(cle);
    if (contexte === undefined) {
      contexte = Object.freeze(explication ? { dateEvaluation, mode: "explication" as const } : { dateEvaluation });
      if (this.#contextes.size >= this.capacite) this.#contextes.delete(this.#contextes.keys().next().value as string);
      this.#contextes.set(cle, contexte);
    }
    return contexte;
  }
}

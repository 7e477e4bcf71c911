/**
 * Consultation d'un port par une règle à étapes : le port (`referentiel`, `formations`…), la
 * méthode et ses arguments. Le moteur y répond en attendant le port (évaluation asynchrone) ou en
 * l'appelant directement quand il est en mémoire (`evaluerReglesEnMemoire`).
 *
 * @example
 * ```ts
 * const c: Consultation = { port: "referentiel", methode: "organisme", arguments: ["13000492600015"] };
 * ```
 */
export interface Consultation {
  readonly port: string;
  readonly methode: string;
  readonly arguments: readonly unknown[];
}

/**
 * Étapes d'une règle : générateur qui cède des {@link Consultation}, reçoit chaque réponse et
 * rend le résultat `R` de la règle.
 *
 * @example
 * ```ts
 * function* etapes(): EtapesRegle<number> {
 *   const n = yield* consulter<number>("compteur", "valeur");
 *   return n + 1;
 * }
 * ```
 */
export type EtapesRegle<R> = Generator<Consultation, R, unknown>;

import type { Regle } from "./Regle";

/**
 * Registre de règles, synchrones et asynchrones, aux identifiants uniques.
 *
 * @example
 * ```ts
 * const registre = creerRegistre([regleDureeMinimaleContrat, regleDureeMaximaleContrat]);
 * registre.regle("contrat.duree.minimum")?.titre; // "Durée minimale du contrat"
 * ```
 */
export interface RegistreRegles<E> {
  readonly regles: readonly Regle<E>[];
  /** La règle d'identifiant donné, ou `undefined`. */
  regle(id: string): Regle<E> | undefined;
}

/**
 * Crée un registre à partir d'une liste de règles. Lève une erreur (de programmation, pas de
 * données) si deux règles partagent un identifiant ou si un identifiant n'est pas en notation
 * pointée.
 *
 * @example
 * ```ts
 * const registre = creerRegistre(reglesContrat);
 * registre.regles.length;
 * ```
 */
export function creerRegistre<E>(regles: readonly Regle<E>[]): RegistreRegles<E> {
  const parId = new Map<string, Regle<E>>();
  for (const r of regles) {
    if (!/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+$/.test(r.id)) {
      throw new Error(`Identifiant de règle invalide (notation pointée attendue) : ${r.id}`);
    }
    if (parId.has(r.id)) throw new Error(`Identifiant de règle en double : ${r.id}`);
    parId.set(r.id, r);
  }
  return { regles: [...regles], regle: (id) => parId.get(id) };
}

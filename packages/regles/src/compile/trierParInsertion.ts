/**
 * Trie sur place, par insertion et de façon stable, un petit tableau presque toujours déjà trié
 * (lignes de rémunération, coupures d'un contrat) : même ordre que `Array.prototype.sort` avec le
 * même comparateur (tri stable lui aussi) quand celui-ci est cohérent (ordre total, jamais `NaN` :
 * les numéros de jour triés ici sont tous valides), en temps linéaire sur un tableau trié et sans le tableau
 * de travail que `sort` alloue à chaque appel.
 *
 * @example
 * ```ts
 * trierParInsertion([3, 1, 2], (a, b) => a - b); // [1, 2, 3]
 * ```
 */
export function trierParInsertion<T>(tableau: T[], comparer: (a: T, b: T) => number): T[] {
  for (let i = 1; i < tableau.length; i++) {
    const element = tableau[i] as T;
    let j = i - 1;
    while (j >= 0 && comparer(tableau[j] as T, element) > 0) {
      tableau[j + 1] = tableau[j] as T;
      j--;
    }
    tableau[j + 1] = element;
  }
  return tableau;
}

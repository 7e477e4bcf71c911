/**
 * Profondeur d'imbrication maximale d'un enregistrement JSON lu par les adaptateurs : au-delà,
 * l'enregistrement est illisible (« structure trop profonde ») au lieu de faire déborder la pile
 * d'un traitement récursif plus loin (écriture, comparaison…).
 */
export const PROFONDEUR_JSON_MAX = 200;

/**
 * Vrai si une valeur JSON (objets et tableaux imbriqués) dépasse `maximum` niveaux. Parcours
 * **itératif** (pile explicite, jamais de récursion), arrêté dès que la limite est franchie.
 *
 * @example
 * ```ts
 * profondeurJsonExcede({ a: { b: [1] } }, 2); // true (3 niveaux)
 * profondeurJsonExcede({ a: 1 }, 2); // false
 * ```
 */
export function profondeurJsonExcede(valeur: unknown, maximum = PROFONDEUR_JSON_MAX): boolean {
  const pile: { valeur: unknown; profondeur: number }[] = [{ valeur, profondeur: 0 }];
  while (pile.length > 0) {
    const courant = pile.pop() as { valeur: unknown; profondeur: number };
    if (typeof courant.valeur !== "object" || courant.valeur === null) continue;
    const profondeur = courant.profondeur + 1;
    if (profondeur > maximum) return true;
    for (const enfant of Array.isArray(courant.valeur) ? courant.valeur : Object.values(courant.valeur)) {
      if (typeof enfant === "object" && enfant !== null) pile.push({ valeur: enfant, profondeur });
    }
  }
  return false;
}

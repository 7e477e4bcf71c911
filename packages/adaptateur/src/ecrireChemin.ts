const INTERDITS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Écrit une valeur à un chemin (segments) en créant les objets intermédiaires (un
 * tableau quand le segment suivant est un entier). N'écrase pas une valeur non-objet
 * existante sur le chemin : renvoie alors `false`. Refuse aussi (`false`) les segments
 * `__proto__`, `constructor` et `prototype`, qui viennent de données non fiables.
 *
 * @example
 * ```ts
 * const cible: Record<string, unknown> = {};
 * ecrireChemin(cible, ["contrat", "apprenti", "nom"], "MARTIN"); // cible.contrat.apprenti.nom === "MARTIN"
 * ```
 */
export function ecrireChemin(cible: Record<string, unknown>, segments: readonly string[], valeur: unknown): boolean {
  if (segments.length === 0 || segments.some((s) => INTERDITS.has(s))) return false;
  let courant: Record<string, unknown> = cible;
  for (let i = 0; i < segments.length - 1; i += 1) {
    const segment = segments[i] as string;
    const suivant = segments[i + 1] as string;
    let enfant = courant[segment];
    if (enfant === undefined) {
      enfant = /^\d+$/.test(suivant) ? [] : {};
      courant[segment] = enfant;
    }
    if (typeof enfant !== "object" || enfant === null) return false;
    courant = enfant as Record<string, unknown>;
  }
  courant[segments[segments.length - 1] as string] = valeur;
  return true;
}

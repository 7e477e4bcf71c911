/**
 * Copie profonde d'une valeur sans propriétés `undefined` ni objets devenus vides, forme
 * qu'un lecteur rend après un aller-retour (réservé aux tests : construire les enregistrements
 * attendus à partir de générateurs à champs facultatifs).
 *
 * @example
 * ```ts
 * sansIndefinis({ a: 1, b: undefined, c: { d: undefined } }); // { a: 1 }
 * ```
 */
export function sansIndefinis<T>(valeur: T): T {
  if (Array.isArray(valeur)) return valeur.map(sansIndefinis) as T;
  if (typeof valeur === "object" && valeur !== null) {
    const sortie: Record<string, unknown> = {};
    for (const [cle, v] of Object.entries(valeur)) {
      const nettoye = sansIndefinis(v);
      if (nettoye === undefined) continue;
      if (typeof nettoye === "object" && nettoye !== null && !Array.isArray(nettoye) && Object.keys(nettoye).length === 0) continue;
      sortie[cle] = nettoye;
    }
    return sortie as T;
  }
  return valeur;
}

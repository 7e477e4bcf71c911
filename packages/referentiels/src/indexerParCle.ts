/**
 * Index d'une liste par une ou plusieurs clés par élément : clé → éléments, dans l'ordre de la
 * liste (le premier est celui que `find` aurait trouvé). Les clés `null` ou `undefined` sont
 * ignorées. Sert aux recherches répétées dans les sections d'un instantané (dizaines de milliers
 * d'organismes ou de fiches) en temps constant plutôt qu'en parcours linéaire.
 *
 * @example
 * ```ts
 * const parRncp = indexerParCle([{ rncp: "RNCP1", cfd: "A" }, { rncp: "RNCP1", cfd: "B" }], (c) => [c.rncp]);
 * parRncp.get("RNCP1")?.map((c) => c.cfd); // ["A", "B"]
 * ```
 */
export function indexerParCle<T>(elements: readonly T[], cles: (element: T) => Iterable<string | null | undefined>): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const element of elements) {
    for (const cle of new Set(cles(element))) {
      if (cle === null || cle === undefined) continue;
      const liste = index.get(cle);
      if (liste === undefined) index.set(cle, [element]);
      else liste.push(element);
    }
  }
  return index;
}

import { estObjet } from "./estObjet.js";

/**
 * Éléments d'une racine JSON avec leur chemin, pour {@link lireElementsJson} : les éléments
 * d'une liste, ceux de la première enveloppe `{ <cle>: [...] }` trouvée parmi `enveloppes`
 * (dans l'ordre donné), sinon la racine elle-même comme élément unique.
 *
 * @example
 * ```ts
 * elementsJson({ contrats: [{ a: 1 }] }, ["contrats", "statuts"]); // [{ valeur: { a: 1 }, segments: ["contrats", 0] }]
 * elementsJson([{ a: 1 }], []); // [{ valeur: { a: 1 }, segments: [0] }]
 * elementsJson({ a: 1 }, ["contrats"]); // [{ valeur: { a: 1 }, segments: [] }]
 * ```
 */
export function elementsJson(racine: unknown, enveloppes: readonly string[]): { valeur: unknown; segments: (string | number)[] }[] {
  if (Array.isArray(racine)) return racine.map((valeur, i) => ({ valeur, segments: [i] }));
  const cle = estObjet(racine) ? enveloppes.find((c) => Array.isArray(racine[c])) : undefined;
  if (cle !== undefined && estObjet(racine)) return (racine[cle] as unknown[]).map((valeur, i) => ({ valeur, segments: [cle, i] }));
  return [{ valeur: racine, segments: [] }];
}

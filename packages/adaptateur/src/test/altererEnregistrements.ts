import fc from "fast-check";

/**
 * Altération d'un enregistrement écrit : rang (modulo le nombre d'enregistrements), bloc,
 * clé posée dans ce bloc et valeur quelconque.
 *
 * @example
 * ```ts
 * const a: Alteration = [3, "alternant", "dateNaissance", 42];
 * ```
 */
export type Alteration = readonly [rang: number, bloc: string, cle: string, valeur: unknown];

/**
 * Arbitraire fast-check d'altérations portant sur les blocs donnés (réservé aux tests).
 *
 * @example
 * ```ts
 * fc.sample(alterationsAuHasard(["alternant", "employeur"], 5), 1);
 * ```
 */
export function alterationsAuHasard(blocs: readonly string[], maximum: number): fc.Arbitrary<Alteration[]> {
  return fc.array(fc.tuple(fc.nat(), fc.constantFrom(...blocs), fc.string(), fc.jsonValue()), { maxLength: maximum });
}

/**
 * Applique des altérations à des enregistrements JSON (en place) : la clé est posée dans le
 * bloc quand c'est un objet, sinon le bloc entier est remplacé par la valeur (réservé aux
 * tests de robustesse des lecteurs).
 *
 * @example
 * ```ts
 * const contrats = [{ alternant: { nom: "MARTIN" } }];
 * altererEnregistrements(contrats, [[0, "alternant", "nom", 12], [0, "employeur", "x", null]]);
 * // [{ alternant: { nom: 12 }, employeur: null }]
 * ```
 */
export function altererEnregistrements(enregistrements: Record<string, unknown>[], alterations: readonly Alteration[]): Record<string, unknown>[] {
  for (const [rang, bloc, cle, valeur] of alterations) {
    const enregistrement = enregistrements[rang % enregistrements.length];
    if (enregistrement === undefined) continue;
    const cible = enregistrement[bloc];
    if (typeof cible === "object" && cible !== null && !Array.isArray(cible)) (cible as Record<string, unknown>)[cle] = valeur;
    else enregistrement[bloc] = valeur;
  }
  return enregistrements;
}

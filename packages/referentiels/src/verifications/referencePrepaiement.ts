import type { ReferenceJuridique } from "@communs-opco/parametres";

/**
 * Référence à la spécification d'une vérification avant paiement (`referentiels.md` §5).
 *
 * @example
 * ```ts
 * referencePrepaiement("PP-QUALIOPI"); // { titre: "Spécification Communs OPCO, referentiels.md §5 (PP-QUALIOPI)" }
 * ```
 */
export function referencePrepaiement(id: string): ReferenceJuridique {
  return { titre: `Spécification Communs OPCO, referentiels.md §5 (${id})` };
}

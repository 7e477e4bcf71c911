import { ErreurUsage } from "./ErreurUsage";

/**
 * Refuse (erreur d'utilisation, code 2) une commande où `-` (entrée standard) est donné pour plus
 * d'une entrée : l'entrée standard ne se lit qu'une fois. Les entrées absentes sont ignorées.
 *
 * @example
 * ```ts
 * refuserEntreeStandardMultiple(positionals[0], values.pdf); // opco convergence convention - --pdf - : refusé
 * ```
 */
export function refuserEntreeStandardMultiple(...chemins: readonly (string | undefined)[]): void {
  if (chemins.filter((c) => c === "-").length > 1) throw new ErreurUsage("« - » (entrée standard) ne peut servir qu'à une seule entrée");
}

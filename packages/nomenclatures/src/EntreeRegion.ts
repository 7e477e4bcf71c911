import type { StatutDonnee } from "./StatutDonnee";

/**
 * Région administrative, identifiée par son code INSEE (« 11 », « 84 », DROM « 01 » à « 06 »).
 *
 * @example
 * ```ts
 * import { region } from "@communs-opco/nomenclatures";
 * region("94")?.nom; // "Corse"
 * ```
 */
export interface EntreeRegion {
  /** Code INSEE sur 2 caractères. */
  readonly code: string;
  /** Nom de la région. */
  readonly nom: string;
  /** Statut de l'entrée. */
  readonly statut: StatutDonnee;
}

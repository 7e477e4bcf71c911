import type { EntreeAcademie } from "./EntreeAcademie";
import type { EntreeRegion } from "./EntreeRegion";
import type { StatutDonnee } from "./StatutDonnee";

/**
 * Département avec sa région et son académie résolues (résultat de {@link departement}).
 *
 * @example
 * ```ts
 * import { departement } from "@communs-opco/nomenclatures";
 * const d = departement("976");
 * d?.region?.nom; // "Mayotte"
 * d?.academie?.code; // "43"
 * ```
 */
export interface DepartementDetaille {
  /** Code du département. */
  readonly code: string;
  /** Nom du département. */
  readonly nom: string;
  /** Région, `null` hors région. */
  readonly region: EntreeRegion | null;
  /** Académie, `null` si aucune. */
  readonly academie: EntreeAcademie | null;
  /** Statut de l'entrée. */
  readonly statut: StatutDonnee;
}

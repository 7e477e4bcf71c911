import type { StatutDonnee } from "./StatutDonnee";

/**
 * Académie (ou vice-rectorat), identifiée par son code sur 2 chiffres (« 01 » Paris, « 43 » Mayotte, « 00 » Étranger).
 *
 * @example
 * ```ts
 * import { academie } from "@communs-opco/nomenclatures";
 * academie("25")?.nom; // "Versailles"
 * ```
 */
export interface EntreeAcademie {
  /** Code sur 2 chiffres. */
  readonly code: string;
  /** Nom de l'académie. */
  readonly nom: string;
  /** Statut de l'entrée. */
  readonly statut: StatutDonnee;
}

import type { ErreurLecture } from "./ErreurLecture.js";
import type { EmplacementSource } from "./EmplacementSource.js";

/**
 * Bilan complet d'une lecture : les enregistrements lus avec leur emplacement, les
 * erreurs localisées, et les compteurs (`total = lus + erreurs`).
 *
 * @example
 * ```ts
 * const b: BilanLecture<{ a: number }> = { enregistrements: [], erreurs: [], total: 0, lus: 0, illisibles: 0 };
 * ```
 */
export interface BilanLecture<T> {
  readonly enregistrements: readonly { readonly valeur: T; readonly source: EmplacementSource }[];
  readonly erreurs: readonly ErreurLecture[];
  readonly total: number;
  readonly lus: number;
  readonly illisibles: number;
}

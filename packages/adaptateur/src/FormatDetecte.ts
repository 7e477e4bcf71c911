/**
 * Format candidat pour une source, avec la confiance (0 à 1) de son détecteur.
 *
 * @example
 * ```ts
 * const f: FormatDetecte = { format: "deca", confiance: 0.95 };
 * ```
 */
export interface FormatDetecte {
  readonly format: string;
  readonly confiance: number;
}

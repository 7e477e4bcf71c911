/**
 * Entrée d'une liste de codes : un code (toujours une chaîne) et son libellé en français.
 *
 * @example
 * ```ts
 * import type { EntreeCode } from "@communs-opco/nomenclatures";
 * const entree: EntreeCode = { code: "11", libelle: "Premier contrat d'apprentissage de l'apprenti", groupe: "Contrat initial" };
 * ```
 */
export interface EntreeCode {
  /** Code tel qu'il est saisi sur le CERFA ou échangé (chaîne, zéros de tête conservés). */
  readonly code: string;
  /** Libellé en français, tel qu'écrit dans la source. */
  readonly libelle: string;
  /** Groupe de la liste d'options (par exemple « Privé » / « Public »), quand la source en donne un. */
  readonly groupe?: string;
}

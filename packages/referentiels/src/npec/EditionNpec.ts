/**
 * Une édition (un fichier) du référentiel NPEC importée.
 *
 * @example
 * ```ts
 * const e: EditionNpec = { fichier: "npec.xlsx", dateApplicabilite: "2024-07-15", origineDate: "lisez-moi", version: "v_18.07.2024" };
 * ```
 */
export interface EditionNpec {
  fichier: string;
  /** Date d'applicabilité par défaut de l'édition (lignes sans date), `null` si inconnue. */
  dateApplicabilite: string | null;
  /** D'où vient cette date : option explicite, feuille « Me lire », table des éditions connues (à vérifier). */
  origineDate: "option" | "lisez-moi" | "edition-connue" | null;
  /** Mention de version lue dans la feuille « Me lire » (`v_18.07.2024`), si présente. */
  version: string | null;
}

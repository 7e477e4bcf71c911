/**
 * Une valeur du référentiel NPEC de France compétences : couple certification × CPNE à une date
 * d'applicabilité, avec sa provenance (fichier et ligne).
 *
 * @example
 * ```ts
 * const v: ValeurNpec = {
 *   rncp: "RNCP1002", cfd: null, codeCpne: "2", libelleCpne: null, idcc: [],
 *   montant: 9497, nonDefini: null, statut: "A", dateApplicabilite: "2024-07-15",
 *   fichier: "Referentiel-des-NPEC-15.07.2024_vMAJ-18.07.2024.xlsx", ligne: 5,
 * };
 * ```
 */
export interface ValeurNpec {
  /** Code RNCP normalisé (`RNCP1002`), `null` dans les éditions 2019 indexées par code formation. */
  rncp: string | null;
  /** Code formation diplôme (éditions 2019–2021), sinon `null`. */
  cfd: string | null;
  /** Code CPNE (`"2"`), `null` quand l'édition ne donne que le libellé. */
  codeCpne: string | null;
  /** Libellé de la CPNE, seulement quand le code manque. */
  libelleCpne: string | null;
  /** IDCC portés par la ligne elle-même (éditions « avec IDCC »), sinon vide. */
  idcc: string[];
  /** NPEC annuel en euros ; `null` si la cellule vaut NC ou NR. */
  montant: number | null;
  /** `"NC"` ou `"NR"` quand la valeur n'est pas définie. */
  nonDefini: "NC" | "NR" | null;
  /** Statut : `CPNE`, `R`, `A` (carence), `D` (décret 2019), `H` (historisé)… */
  statut: string | null;
  /** Date d'applicabilité `AAAA-MM-JJ` (colonne, ou date de l'édition quand la colonne manque). */
  dateApplicabilite: string;
  /** Fichier source. */
  fichier: string;
  /** Ligne de la feuille source. */
  ligne: number;
  /**
   * Autres codes RNCP de la même cellule quand la ligne liste plusieurs certifications
   * (`RNCPancien/RNCPnouveau`) ; absent pour une ligne à code unique. Une ligne à code unique
   * prime sur une ligne combinée (voir `rechercherNpec`).
   */
  autresCodesLigne?: string[];
}

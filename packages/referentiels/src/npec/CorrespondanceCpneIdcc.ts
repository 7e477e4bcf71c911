/**
 * Rattachement d'un IDCC à une CPNE, lu dans l'onglet « CPNE-IDCC » ou « IDCC-CPNE »
 * d'une édition du référentiel NPEC.
 *
 * @example
 * ```ts
 * const c: CorrespondanceCpneIdcc = { codeCpne: "2", libelleCpne: "CNPE des sociétés financières", idcc: "0478", fichier: "npec.xlsx" };
 * ```
 */
export interface CorrespondanceCpneIdcc {
  codeCpne: string;
  libelleCpne: string | null;
  /** IDCC sur 4 chiffres. */
  idcc: string;
  /** Édition (fichier) d'où vient le rattachement. */
  fichier: string;
}

/**
 * NPEC applicable à un contrat : la valeur retenue et sa provenance.
 *
 * @example
 * ```ts
 * const n: NpecApplicable = {
 *   rncp: "RNCP1002", cfd: null, idcc: "0478", cpne: { code: "2", libelle: "CNPE des sociétés financières" },
 *   npecAnnuel: 9497, statut: "A", dateApplicabilite: "2024-07-15",
 *   source: { fichier: "Referentiel-des-NPEC-15.07.2024_vMAJ-18.07.2024.xlsx", ligne: 5 },
 * };
 * ```
 */
export interface NpecApplicable {
  rncp: string | null;
  cfd: string | null;
  idcc: string;
  cpne: { code: string | null; libelle: string | null };
  /** NPEC annuel en euros. */
  npecAnnuel: number;
  statut: string | null;
  dateApplicabilite: string;
  source: { fichier: string; ligne: number };
  /**
   * Valeurs écartées de la même édition : lignes qui listent la certification parmi plusieurs
   * codes (`RNCPancien/RNCPnouveau`) et donnent un autre montant, alors qu'une ligne à code unique
   * existe. Absent quand rien n'a été écarté.
   */
  valeursEcartees?: ValeurNpecEcartee[];
  /** Note en français qui nomme les valeurs écartées et leur ligne (absente sinon). */
  note?: string;
}

/**
 * Valeur NPEC écartée au profit d'une ligne à code unique (cellule combinée `RNCPancien/RNCPnouveau`).
 *
 * @example
 * ```ts
 * const e: ValeurNpecEcartee = { npecAnnuel: 7750, codesLigne: ["RNCP31946", "RNCP36989"], source: { fichier: "npec.xlsx", ligne: 7 } };
 * ```
 */
export interface ValeurNpecEcartee {
  /** Montant de la ligne écartée, `null` pour NC/NR. */
  npecAnnuel: number | null;
  /** Codes RNCP listés par la cellule de la ligne écartée. */
  codesLigne: string[];
  source: { fichier: string; ligne: number };
}

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
}

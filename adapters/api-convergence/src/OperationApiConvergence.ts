/**
 * Opération du client API Convergence, transmise aux points d'extension
 * ({@link ComportementOpco}) et reprise dans les erreurs.
 *
 * @example
 * ```ts
 * const o: OperationApiConvergence = "liste_dossiers";
 * ```
 */
export type OperationApiConvergence =
  | "statut"
  | "dossier"
  | "liste_dossiers"
  | "etats_dossiers"
  | "etats_factures"
  | "deposer_dossier"
  | "deposer_convention"
  | "deposer_facture"
  | "deposer_certificat"
  | "deposer_document"
  | "declarer_rupture_employeur"
  | "info_cle"
  | "jeton";

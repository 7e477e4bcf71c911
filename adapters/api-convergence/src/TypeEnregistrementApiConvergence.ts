/**
 * Nature d'un enregistrement JSON de l'API Convergence : détail de dossier, état de
 * dossier, état de facture, convention de formation ou certificat de réalisation.
 *
 * @example
 * ```ts
 * const n: TypeEnregistrementApiConvergence = "etat_facture";
 * ```
 */
export type TypeEnregistrementApiConvergence = "dossier" | "etat_dossier" | "etat_facture" | "convention" | "certificat";

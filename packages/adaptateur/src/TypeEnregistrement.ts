/**
 * Type d'enregistrement standard produit ou consommé par un adaptateur
 * (`@communs-opco/schemas`) : `contrat` (CERFA), `dossier` (dossier OPCO, cycle de vie,
 * financement), `effectif` (Tableau de bord).
 *
 * @example
 * ```ts
 * const t: TypeEnregistrement = "dossier";
 * ```
 */
export type TypeEnregistrement = "contrat" | "dossier" | "effectif";

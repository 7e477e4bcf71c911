/**
 * Capacité de l'API Convergence suivie dans la matrice d'un OPCO (opco-echanges.md §1.9).
 *
 * @example
 * ```ts
 * const n: NomCapacite = "etats_factures";
 * ```
 */
export type NomCapacite = "contrats_v1" | "contrats_v2" | "factures" | "etats_factures" | "conventions" | "certificats";

/**
 * Ligne datée de la matrice des capacités d'un OPCO, de même forme que `CapaciteApiOpco` des
 * adaptateurs d'OPCO (type structurel : la classification ne dépend pas des adaptateurs).
 *
 * @example
 * ```ts
 * const c: CapaciteOpco = { capacite: "certificats", disponible: true, etat: "production", depuis: "2025-10-20", constateLe: "2026-07-28", source: "CFA Dock", confiance: "S" };
 * ```
 */
export interface CapaciteOpco {
  readonly capacite: NomCapacite;
  readonly disponible: boolean;
  readonly etat: "production" | "recette" | "developpement" | "absent";
  readonly depuis?: string;
  readonly prevu?: string;
  readonly constateLe: string;
  readonly source: string;
  /** `F` fait documenté, `S` source secondaire, `I` inférence. */
  readonly confiance: "F" | "S" | "I";
  readonly remarque?: string;
}

/**
 * Matrice des capacités d'un OPCO.
 *
 * @example
 * ```ts
 * const m: MatriceOpco = { opco: "afdas", nom: "AFDAS", capacites: afdas.capacites };
 * ```
 */
export interface MatriceOpco {
  /** Identifiant de l'OPCO (slug). */
  opco: string;
  nom: string;
  capacites: readonly CapaciteOpco[];
}

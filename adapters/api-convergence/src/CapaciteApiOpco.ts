/**
 * Capacité de l'API Convergence suivie par OPCO (`opco-echanges.md` §1.9) : contrats
 * en protocole v1 ou v2, dépôt de factures, lecture des états de factures, conventions,
 * certificats de réalisation.
 *
 * @example
 * ```ts
 * const c: NomCapaciteApi = "etats_factures";
 * ```
 */
export type NomCapaciteApi = "contrats_v1" | "contrats_v2" | "factures" | "etats_factures" | "conventions" | "certificats";

/**
 * Étiquette de confiance de la spécification : `F` fait documenté, `S` source
 * secondaire, `I` inférence (proposition à confirmer avec l'OPCO).
 *
 * @example
 * ```ts
 * const confiance: Confiance = "S";
 * ```
 */
export type Confiance = "F" | "S" | "I";

/**
 * Ligne datée de la matrice des capacités d'un OPCO : disponible ou non, état
 * (`production`, `recette`, `developpement`, `absent`), date de mise en production
 * (`depuis`) ou échéance annoncée (`prevu`), date du constat, source et confiance. Sert
 * à distinguer « non pris en charge par cet OPCO » d'un échec.
 *
 * @example
 * ```ts
 * const ligne: CapaciteApiOpco = {
 *   capacite: "certificats", disponible: true, etat: "production", depuis: "2025-10-20",
 *   constateLe: "2026-07-28", source: "Tableau « Accrochage » de CFA Dock (résumé tiers)", confiance: "S",
 * };
 * ```
 */
export interface CapaciteApiOpco {
  readonly capacite: NomCapaciteApi;
  readonly disponible: boolean;
  readonly etat: "production" | "recette" | "developpement" | "absent";
  readonly depuis?: string;
  readonly prevu?: string;
  readonly constateLe: string;
  readonly source: string;
  readonly confiance: Confiance;
  readonly remarque?: string;
}

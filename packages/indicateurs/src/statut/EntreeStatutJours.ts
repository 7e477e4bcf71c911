/**
 * Un contrat en numéros de jour (voir `jourDepuisDate`). `fin` absent : la fin de session ;
 * `rupture` : date de rupture (le jour de rupture n'est pas un jour de contrat).
 *
 * @example
 * ```ts
 * const c: ContratJours = { debut: 19997, fin: 20331 };
 * ```
 */
export interface ContratJours {
  debut: number;
  fin?: number | undefined;
  rupture?: number | undefined;
}

/**
 * Entrée de l'algorithme de statut en numéros de jour : session (début et fin inclus),
 * contrats, date d'exclusion éventuelle.
 *
 * @example
 * ```ts
 * const e: EntreeStatutJours = { session: { debut: 19967, fin: 20331 }, contrats: [] };
 * ```
 */
export interface EntreeStatutJours {
  session: { debut: number; fin: number };
  contrats: readonly ContratJours[];
  exclusion?: number | undefined;
}

/**
 * Une étape de parcours en numéro de jour et code de statut (voir `CODE_STATUT`).
 *
 * @example
 * ```ts
 * const e: EtapeParcoursJours = { jour: 19967, statut: 0 };
 * ```
 */
export interface EtapeParcoursJours {
  jour: number;
  statut: number;
}

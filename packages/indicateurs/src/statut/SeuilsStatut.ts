/**
 * Seuils de l'algorithme de statut, en jours calendaires.
 *
 * Les valeurs {@link SEUILS_TDB} reproduisent le Tableau de bord : 90 jours sans contrat et
 * 180 jours après une rupture avant le passage en ABANDON, tolérance de 60 jours entre la fin
 * naturelle du dernier contrat et la fin de la session. Le Code du travail parle de « trois mois »
 * (art. L6222-12-1) et de « six mois » (art. L6222-18-2) : le Tableau de bord les approche par
 * 90 et 180 jours ; ces seuils sont donc une convention de calcul, modifiable par l'appelant.
 *
 * @example
 * ```ts
 * const seuils: SeuilsStatut = { ...SEUILS_TDB, toleranceFinDeFormationJours: 30 };
 * ```
 */
export interface SeuilsStatut {
  /** Jours sans contrat restant INSCRIT (le jour suivant est ABANDON). */
  inscritSansContratJours: number;
  /** Jours après le dernier jour de contrat restant RUPTURANT (le jour suivant est ABANDON). */
  rupturantJours: number;
  /** Écart maximal (jours) entre la fin naturelle du dernier contrat et la fin de session pour passer en FIN_DE_FORMATION. */
  toleranceFinDeFormationJours: number;
}

/**
 * Seuils du Tableau de bord de l'apprentissage (commit `12cb59e9b`, 2026-08-20).
 *
 * @example
 * ```ts
 * SEUILS_TDB.inscritSansContratJours; // 90
 * ```
 */
export const SEUILS_TDB: Readonly<SeuilsStatut> = {
  inscritSansContratJours: 90,
  rupturantJours: 180,
  toleranceFinDeFormationJours: 60,
};

/**
 * Statut d'un apprenant dans le Tableau de bord de l'apprentissage :
 * `INSCRIT` (« inscrit sans contrat »), `APPRENTI`, `RUPTURANT` (« rupture de contrat »),
 * `ABANDON` (affiché « sorties d'apprentissage ») et `FIN_DE_FORMATION`.
 *
 * @example
 * ```ts
 * const s: Statut = "RUPTURANT";
 * ```
 */
export type Statut = "INSCRIT" | "APPRENTI" | "RUPTURANT" | "ABANDON" | "FIN_DE_FORMATION";

/**
 * Les statuts, rangés par code interne : l'indice dans ce tableau est le code numérique utilisé
 * dans les calculs en colonnes (`0` = INSCRIT … `4` = FIN_DE_FORMATION).
 *
 * @example
 * ```ts
 * STATUTS[CODE_STATUT.RUPTURANT]; // "RUPTURANT"
 * ```
 */
export const STATUTS: readonly Statut[] = ["INSCRIT", "APPRENTI", "RUPTURANT", "ABANDON", "FIN_DE_FORMATION"];

/**
 * Code numérique de chaque statut (indice dans {@link STATUTS}).
 *
 * @example
 * ```ts
 * CODE_STATUT.APPRENTI; // 1
 * ```
 */
export const CODE_STATUT = {
  INSCRIT: 0,
  APPRENTI: 1,
  RUPTURANT: 2,
  ABANDON: 3,
  FIN_DE_FORMATION: 4,
} as const satisfies Record<Statut, number>;

/**
 * Libellés français des statuts, tels qu'affichés par le Tableau de bord.
 *
 * @example
 * ```ts
 * LIBELLES_STATUT.ABANDON; // "Sortie d'apprentissage (abandon)"
 * ```
 */
export const LIBELLES_STATUT: Readonly<Record<Statut, string>> = {
  INSCRIT: "Inscrit sans contrat",
  APPRENTI: "Apprenti",
  RUPTURANT: "Rupture de contrat",
  ABANDON: "Sortie d'apprentissage (abandon)",
  FIN_DE_FORMATION: "Fin de formation",
};

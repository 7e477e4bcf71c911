/**
 * Comptes d'un groupe à une date (`indicateurs.md` §5.1) :
 * `apprentis` = APPRENTI + FIN_DE_FORMATION (comme le Tableau de bord), `inscrits` = INSCRIT,
 * `rupturants` = RUPTURANT, `abandons` = ABANDON, `apprenants` = apprentis + inscrits + rupturants
 * (abandons exclus), `finDeFormation` = FIN_DE_FORMATION seul (compris dans `apprentis`).
 *
 * @example
 * ```ts
 * const g: GroupeIndicateurs = {
 *   dimensions: { departement: "75" },
 *   apprenants: 35, apprentis: 5, inscrits: 10, rupturants: 20, abandons: 15, finDeFormation: 0,
 * };
 * ```
 */
export interface GroupeIndicateurs {
  /** Valeur de chaque dimension demandée (`null` : valeur absente ou effectif non rattaché). */
  dimensions: Record<string, string | null>;
  apprenants: number;
  apprentis: number;
  inscrits: number;
  rupturants: number;
  abandons: number;
  finDeFormation: number;
}

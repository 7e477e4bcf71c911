import type { ElementHistoriqueStatut } from "./parcoursDepuisHistorique";
import type { Statut } from "./Statut";

/**
 * Règle ancienne (avant 2024, remplacée ; `indicateurs.md` §3.5) du statut à une date depuis
 * l'historique ERP : on prend le dernier élément daté au plus tard à la date (tri par date puis par
 * réception) ; 3 → APPRENTI ; 0 → ABANDON ; 2 → INSCRIT si aucun 3 ne le précède, RUPTURANT si
 * l'élément précédent est un 3. Les autres cas (un 2 précédé d'un 2 ou d'un 0 après un 3) ne sont
 * pas définis par la règle : le résultat est `indetermine`, distinct d'un statut. `undefined` quand
 * aucun élément n'est daté au plus tard à la date. Utile pour comparer d'anciens chiffres.
 *
 * @example
 * ```ts
 * statutHistoriqueAncien([{ valeur: 3, date: "2024-10-01" }, { valeur: 2, date: "2024-12-01" }], "2025-01-01"); // "RUPTURANT"
 * ```
 */
export function statutHistoriqueAncien(historique: readonly ElementHistoriqueStatut[], date: string): Statut | "indetermine" | undefined {
  const tri = historique
    .filter((e) => e.date.slice(0, 10) <= date)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.reception ?? "") < (b.reception ?? "") ? -1 : (a.reception ?? "") > (b.reception ?? "") ? 1 : 0));
  const dernier = tri[tri.length - 1];
  if (dernier === undefined) return undefined;
  if (dernier.valeur === 3) return "APPRENTI";
  if (dernier.valeur === 0) return "ABANDON";
  if (!tri.some((e) => e.valeur === 3)) return "INSCRIT";
  return tri[tri.length - 2]?.valeur === 3 ? "RUPTURANT" : "indetermine";
}

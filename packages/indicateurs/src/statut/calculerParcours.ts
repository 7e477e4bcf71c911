import { dateDepuisJour } from "@communs-opco/dates";
import { calculerParcoursJours } from "./calculerParcoursJours";
import { convertirEntreeStatut } from "./convertirEntreeStatut";
import type { AnomalieEntree, EntreeStatut, EtapeParcours } from "./EntreeStatut";
import { SEUILS_TDB, type SeuilsStatut } from "./SeuilsStatut";
import { STATUTS } from "./Statut";

/**
 * Résultat de {@link calculerParcours} : le parcours (vide si la chronologie est vide ou si l'entrée
 * est inexploitable) et les anomalies d'entrée (dates absentes ou mal formées).
 *
 * @example
 * ```ts
 * const r: ResultatParcours = { parcours: [{ date: "2024-09-01", statut: "INSCRIT" }], anomalies: [] };
 * ```
 */
export interface ResultatParcours {
  parcours: EtapeParcours[];
  anomalies: AnomalieEntree[];
}

/**
 * Calcule le parcours d'un apprenant (points de changement de statut) selon l'algorithme du
 * Tableau de bord (`indicateurs.md` §3.2), par intervalles. Le parcours ne dépend d'aucune date
 * « du jour » ; le statut à une date se lit ensuite avec `statutALaDate` ou `statutEnCours`.
 * Une entrée mal formée ne lève pas d'exception : le parcours est vide et les anomalies sont listées.
 *
 * @example
 * ```ts
 * calculerParcours({
 *   formation: { debut: "2024-09-01", fin: "2025-08-31" },
 *   contrats: [{ debut: "2024-10-01", fin: "2025-08-31", rupture: "2024-12-01" }],
 * }).parcours;
 * // [{ date: "2024-09-01", statut: "INSCRIT" }, { date: "2024-10-01", statut: "APPRENTI" },
 * //  { date: "2024-12-01", statut: "RUPTURANT" }, { date: "2025-05-30", statut: "ABANDON" }]
 * ```
 */
export function calculerParcours(entree: EntreeStatut, seuils: SeuilsStatut = SEUILS_TDB): ResultatParcours {
  const { entree: jours, anomalies } = convertirEntreeStatut(entree);
  if (jours === undefined) return { parcours: [], anomalies };
  const parcours = calculerParcoursJours(jours, seuils).map((e) => ({ date: dateDepuisJour(e.jour), statut: STATUTS[e.statut]! }));
  return { parcours, anomalies };
}

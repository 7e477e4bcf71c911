import type { EtapeParcours } from "./EntreeStatut";
import type { Statut } from "./Statut";
import { statutALaDate } from "./statutALaDate";

/**
 * Le statut « en cours » à une date, au sens du Tableau de bord : le dernier statut du parcours
 * daté au plus tard ce jour-là, ou `INSCRIT` quand aucune étape n'a encore commencé (y compris
 * pour un parcours vide).
 *
 * @example
 * ```ts
 * statutEnCours([{ date: "2025-01-06", statut: "INSCRIT" }, { date: "2025-04-06", statut: "ABANDON" }], "2025-03-06"); // "INSCRIT"
 * statutEnCours([], "2025-03-06"); // "INSCRIT"
 * ```
 */
export function statutEnCours(parcours: readonly EtapeParcours[], date: string): Statut {
  return statutALaDate(parcours, date)?.statut ?? "INSCRIT";
}

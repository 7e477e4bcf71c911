import { calculerParcours, type ResultatParcours } from "./calculerParcours";
import type { ContratStatut } from "./EntreeStatut";
import { SEUILS_TDB, type SeuilsStatut } from "./SeuilsStatut";

/**
 * Un élément de l'historique de statut hérité des ERP (`historique_statut`) : code
 * `0` = abandon, `2` = inscrit, `3` = apprenti, et sa date métier.
 *
 * @example
 * ```ts
 * const e: ElementHistoriqueStatut = { valeur: 3, date: "2024-10-01" };
 * ```
 */
export interface ElementHistoriqueStatut {
  valeur: 0 | 2 | 3;
  date: string;
  /** Date de réception, pour départager deux éléments de même date (ordre de réception). */
  reception?: string | undefined;
}

/**
 * Entrée du repli hérité : historique de statut, période (`formation.periode` ou les deux années
 * de `annee_scolaire`), dates de formation partielles éventuelles et exclusion.
 *
 * @example
 * ```ts
 * const e: EntreeHistorique = { historique: [{ valeur: 3, date: "2024-10-01" }], periode: [2024, 2025] };
 * ```
 */
export interface EntreeHistorique {
  historique: readonly ElementHistoriqueStatut[];
  periode: readonly [number, number];
  dateEntree?: string | undefined;
  dateFin?: string | undefined;
  exclusion?: string | undefined;
}

/**
 * Repli hérité de l'algorithme de statut (`indicateurs.md` §3.3), quand la date d'entrée ou la date
 * de fin de formation manque : la session va du 1er août Y1 au 31 juillet Y2 quand Y1 ≠ Y2, sinon du
 * 1er janvier au 31 décembre (une date d'entrée ou de fin connue remplace la valeur par défaut) ; les
 * contrats sont reconstruits depuis l'historique trié par date : un 3 ouvre un contrat, le 2 suivant
 * le clôt par une rupture datée de ce 2 ; un 3 jamais suivi d'un 2 ne produit **aucun** contrat ; les
 * 0 sont ignorés. Un historique vide ne donne aucun statut (parcours vide).
 *
 * @example
 * ```ts
 * parcoursDepuisHistorique({
 *   historique: [{ valeur: 2, date: "2024-09-01" }, { valeur: 3, date: "2024-10-01" }, { valeur: 2, date: "2024-12-01" }],
 *   periode: [2024, 2025],
 * }).parcours;
 * // [{ date: "2024-08-01", statut: "INSCRIT" }, { date: "2024-10-01", statut: "APPRENTI" },
 * //  { date: "2024-12-01", statut: "RUPTURANT" }, { date: "2025-05-30", statut: "ABANDON" }]
 * ```
 */
export function parcoursDepuisHistorique(entree: EntreeHistorique, seuils: SeuilsStatut = SEUILS_TDB): ResultatParcours {
  if (entree.historique.length === 0) return { parcours: [], anomalies: [{ chemin: "historique", message: "historique de statut vide : aucun statut calculable" }] };
  const [y1, y2] = entree.periode;
  const debutDefaut = y1 !== y2 ? `${y1}-08-01` : `${y1}-01-01`;
  const finDefaut = y1 !== y2 ? `${y2}-07-31` : `${y2}-12-31`;
  const tri = [...entree.historique].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : (a.reception ?? "") < (b.reception ?? "") ? -1 : (a.reception ?? "") > (b.reception ?? "") ? 1 : 0,
  );
  const contrats: ContratStatut[] = [];
  let ouvert: string | undefined;
  for (const e of tri) {
    if (e.valeur === 3) {
      if (ouvert === undefined) ouvert = e.date;
    } else if (e.valeur === 2 && ouvert !== undefined) {
      contrats.push({ debut: ouvert, rupture: e.date });
      ouvert = undefined;
    }
  }
  return calculerParcours(
    { formation: { debut: entree.dateEntree ?? debutDefaut, fin: entree.dateFin ?? finDefaut }, contrats, exclusion: entree.exclusion },
    seuils,
  );
}

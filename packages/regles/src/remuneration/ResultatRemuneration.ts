import type { ParametreConsulte } from "@communs-opco/parametres";
import type { DateIso } from "./dates/DateIso";
import type { LigneRemuneration } from "./LigneRemuneration";

/**
 * Une anomalie des données d'entrée qui empêche le calcul (champ et message en français).
 *
 * @example
 * ```ts
 * const a: AnomalieEntreeRemuneration = { champ: "dateFinContrat", message: "la date de fin du contrat précède sa date de début" };
 * ```
 */
export interface AnomalieEntreeRemuneration {
  /** Nom du champ de {@link EntreeRemuneration} concerné. */
  champ: string;
  message: string;
}

/**
 * Résultat d'un calcul réussi : le SMIC retenu (celui en vigueur au début du contrat, comme sur le
 * CERFA), les lignes de rémunération et le salaire d'embauche (salaire brut de la première ligne).
 *
 * @example
 * ```ts
 * const r = calculerRemuneration({ dateNaissance: "2008-01-10", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" });
 * if (r.statut === "calculee") r.salaireEmbauche; // 477.07
 * ```
 */
export interface RemunerationCalculee {
  statut: "calculee";
  smic: { dateEffet: DateIso; mensuel: number; territoire: "metropole" | "mayotte" };
  /** SMC fourni (euros par mois), s'il y en a un et qu'il est pris en compte (employeur privé). */
  smc?: number;
  /** Mois réputés accomplis avant le début du contrat (D6222-28-1). */
  moisReputesAccomplis: number;
  /**
   * Employeur public : régime de la majoration à la date de conclusion (`obligatoire_selon_niveau`
   * jusqu'au 26/04/2020, `facultative` ensuite) et majoration déclarée, le cas échéant.
   */
  secteurPublic?: { regime: "obligatoire_selon_niveau" | "facultative"; majorationDeclaree?: number };
  periodes: LigneRemuneration[];
  salaireEmbauche: number;
  /** Paramètres légaux consultés (SMIC, grille, majoration publique), avec leur date d'effet et leurs références. */
  parametres: ParametreConsulte<unknown>[];
}

/**
 * Calcul impossible : les anomalies des données d'entrée, jamais une exception.
 *
 * @example
 * ```ts
 * const r = calculerRemuneration({ dateNaissance: "2008-01-10", dateDebutContrat: "2024-09-01", dateFinContrat: "2024-08-31" });
 * if (r.statut === "impossible") r.anomalies[0]?.champ; // "dateFinContrat"
 * ```
 */
export interface RemunerationImpossible {
  statut: "impossible";
  anomalies: AnomalieEntreeRemuneration[];
}

/**
 * Résultat de {@link calculerRemuneration} : calculé, ou impossible avec les anomalies.
 *
 * @example
 * ```ts
 * const r: ResultatRemuneration = { statut: "impossible", anomalies: [{ champ: "dateFinContrat", message: "…" }] };
 * ```
 */
export type ResultatRemuneration = RemunerationCalculee | RemunerationImpossible;

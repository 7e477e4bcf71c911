import type { CapaciteOpco, NomCapacite } from "./CapaciteOpco";

/**
 * Évaluation d'un critère (une capacité) à une date : `rempli` (en production à cette date),
 * `non_rempli` (absente, en recette, en développement ou en production après cette date) ou
 * `indetermine` (absente de la matrice, ou constatée en production après la date demandée sans
 * date de mise en production connue), avec le fait utilisé (date du constat, source, confiance).
 *
 * @example
 * ```ts
 * const c: CritereMaturite = { capacite: "contrats_v2", niveau: 2, statut: "non_rempli", raison: "en recette", fait: ligne };
 * ```
 */
export interface CritereMaturite {
  capacite: NomCapacite;
  niveau: 1 | 2 | 3 | 4;
  statut: "rempli" | "non_rempli" | "indetermine";
  raison: string;
  /** Ligne de la matrice utilisée, `null` si la capacité n'y figure pas. */
  fait: CapaciteOpco | null;
}

/**
 * Classement d'un OPCO : niveau atteint à la date (0 à 4), niveau maximal possible si les
 * critères indéterminés se révélaient remplis, critères évalués, capacités en production
 * au-delà du niveau atteint, et confiance la plus faible des faits qui fondent le niveau.
 *
 * @example
 * ```ts
 * const c: ClassementMaturite = { opco: "afdas", nom: "AFDAS", date: "2026-11-26", niveau: 1, libelle: "Dépôt de contrats v1", niveauMaximal: 1, criteres: [], auDela: ["factures", "conventions", "certificats"], confiance: "S", constateLe: ["2026-07-28"] };
 * ```
 */
export interface ClassementMaturite {
  opco: string;
  nom: string;
  date: string;
  niveau: 0 | 1 | 2 | 3 | 4;
  libelle: string;
  niveauMaximal: 0 | 1 | 2 | 3 | 4;
  criteres: CritereMaturite[];
  auDela: NomCapacite[];
  /** Confiance la plus faible des faits des niveaux 1 à niveau + 1 (`F` > `S` > `I`), `null` sans fait. */
  confiance: "F" | "S" | "I" | null;
  /** Dates de constat des faits utilisés. */
  constateLe: string[];
}

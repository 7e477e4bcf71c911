import type { EntreeRemuneration } from "../EntreeRemuneration";

/**
 * Une ligne de rémunération déclarée sur le contrat (`contrat.remunerationsAnnuelles[i]`), lue et typée.
 *
 * @example
 * ```ts
 * const l: LigneDeclaree = { index: 0, chemin: "contrat.remunerationsAnnuelles.0", ordre: "1.1", dateDebut: "2024-09-01", dateFin: "2025-08-31", taux: 27, typeSalaire: "SMIC" };
 * ```
 */
export interface LigneDeclaree {
  /** Position dans `contrat.remunerationsAnnuelles`. */
  index: number;
  /** Chemin de la ligne (`contrat.remunerationsAnnuelles.0`). */
  chemin: string;
  ordre?: string;
  dateDebut: string;
  dateFin: string;
  taux: number;
  typeSalaire?: "SMIC" | "SMC";
}

/**
 * Lecture d'un contrat pour les règles de rémunération : l'entrée du calcul légal, les lignes
 * déclarées et les données complémentaires.
 *
 * @example
 * ```ts
 * const lu: ContratRemuneration = { entree, lignes: [], incompletes: [], salaireEmbauche: 477.07, successif: false, derogationDuree: false };
 * ```
 */
export interface ContratRemuneration {
  entree: EntreeRemuneration;
  /** Lignes déclarées complètes (dates et taux valides), triées par date de début. */
  lignes: LigneDeclaree[];
  /** Chemins des lignes déclarées incomplètes ou mal formées. */
  incompletes: string[];
  salaireEmbauche?: number;
  /** Contrat successif (typeContratApp 21 à 23) : le plancher D6222-29 n'est pas connu du CERFA. */
  successif: boolean;
  /** Dérogation de durée (typeDerogation 21 ou 50) : la durée réduite (D6222-28-1) est à déduire des dates de formation. */
  derogationDuree: boolean;
  /**
   * Avec une dérogation de durée : année de départ déduite (durée de la formation plus longue que
   * celle du contrat : `moisReputesAccomplis` = différence, D6222-28-1), ou indéterminée avec sa raison.
   */
  reduction?: ReductionDuree;
}

/**
 * Durée réduite d'un contrat avec dérogation de durée (D6222-28-1) : déduite des dates de
 * formation, ou indéterminée avec la raison et les champs en cause.
 *
 * @example
 * ```ts
 * const r: ReductionDuree = { statut: "deduite", cycleMois: 24, contratMois: 12, moisReputesAccomplis: 12 };
 * ```
 */
export type ReductionDuree =
  | { statut: "deduite"; cycleMois: number; contratMois: number; moisReputesAccomplis: number }
  | { statut: "indeterminee"; raison: string; manquants: string[] };

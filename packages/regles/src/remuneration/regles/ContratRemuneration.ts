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
  /** Dérogation de durée (typeDerogation 21 ou 50) : les mois réputés accomplis (D6222-28) ne sont pas connus du CERFA. */
  derogationDuree: boolean;
}

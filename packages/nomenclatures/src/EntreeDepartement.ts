import type { StatutDonnee } from "./StatutDonnee";

/**
 * Département (ou collectivité d'outre-mer) tel que stocké dans la table : codes de sa région et de son académie.
 *
 * @example
 * ```ts
 * import { tableDepartements } from "@communs-opco/nomenclatures";
 * tableDepartements.entrees.find((d) => d.code === "2A")?.codeRegion; // "94"
 * ```
 */
export interface EntreeDepartement {
  /** Code : « 01 »…« 95 », « 2A », « 2B », « 971 »…« 976 », collectivités d'outre-mer, « 99 » (étranger). */
  readonly code: string;
  /** Nom. */
  readonly nom: string;
  /** Code INSEE de la région, `null` hors région (étranger, collectivités d'outre-mer). */
  readonly codeRegion: string | null;
  /** Code de l'académie (2 chiffres), `null` si aucune. */
  readonly codeAcademie: string | null;
  /** Statut de l'entrée. */
  readonly statut: StatutDonnee;
}

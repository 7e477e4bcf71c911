import type { EntreeCode } from "./EntreeCode";

/**
 * Entrée de la liste DIPLOMES du CERFA (diplôme préparé, plus haut diplôme obtenu, type de diplôme
 * de la formation), avec le niveau européen de qualification déduit du groupe.
 *
 * @example
 * ```ts
 * import { tableDiplome } from "@communs-opco/nomenclatures";
 * tableDiplome.entrees.find((e) => e.code === "54")?.niveauEuropeen; // "5"
 * ```
 */
export interface EntreeDiplome extends EntreeCode {
  /** Niveau européen ("3" à "8"), `null` pour « Aucun diplôme ni titre ». */
  readonly niveauEuropeen: string | null;
}

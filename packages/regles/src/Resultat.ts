import type { ParametreConsulte, ReferenceJuridique } from "@communs-opco/parametres";
import type { Constat, Severite } from "./Constat";
import type { PreuvePoint } from "./PreuvePoint";

/**
 * Statut d'une règle après évaluation : `conforme`, `non_conforme`, `indetermine` (impossible de
 * trancher : donnée manquante, source injoignable) ou `non_applicable`.
 *
 * @example
 * ```ts
 * const s: StatutRegle = "non_applicable";
 * ```
 */
export type StatutRegle = "conforme" | "non_conforme" | "indetermine" | "non_applicable";

/**
 * Explication d'une règle (mode `explication`) : son statut, ses constats et les paramètres
 * légaux consultés, y compris quand elle est conforme.
 *
 * @example
 * ```ts
 * const e: Explication = {
 *   regle: "contrat.duree.minimum", titre: "Durée minimale du contrat", severite: "bloquant",
 *   statut: "conforme", chemins: ["contrat.dateDebutContrat"], references: [], parametres: [], constats: [],
 * };
 * ```
 */
export interface Explication {
  regle: string;
  titre: string;
  severite: Severite;
  statut: StatutRegle;
  chemins: readonly string[];
  references: readonly ReferenceJuridique[];
  parametres: ParametreConsulte<unknown>[];
  constats: Constat[];
  idSpecification?: readonly string[];
  /** Motif d'une règle `non_applicable` qui l'a établi en consultant une source (`sansObjet`). */
  motifNonApplicable?: string;
  /**
   * Pour une règle qui nomme ses points (`MetadonneesRegle.points`) : état de chaque point et
   * source qui l'a établi ou qui a échoué. Conforme seulement si tous sont `prouve`.
   */
  preuves?: PreuvePoint[];
}

/**
 * Décompte d'une évaluation. `complet` est vrai quand aucun constat bloquant n'est `non_conforme`
 * ni `indetermine` (un contrat n'est complet que si tout ce qui bloque a pu être vérifié).
 *
 * @example
 * ```ts
 * const s: SyntheseResultat = {
 *   regles: 60, conformes: 55, nonConformes: 1, indeterminees: 0, nonApplicables: 4,
 *   bloquants: 1, avertissements: 0, informations: 0, complet: false,
 * };
 * ```
 */
export interface SyntheseResultat {
  /** Règles évaluées (applicables ou non). */
  regles: number;
  conformes: number;
  nonConformes: number;
  indeterminees: number;
  nonApplicables: number;
  /** Nombre de constats par gravité. */
  bloquants: number;
  avertissements: number;
  informations: number;
  complet: boolean;
}

/**
 * Résultat d'une évaluation : constats (toujours), synthèse, et explications en mode `explication`.
 *
 * @example
 * ```ts
 * const r = evaluerRegles(registreContrat, contrat, { dateEvaluation: "2026-11-26" });
 * if (!r.synthese.complet) console.log(r.constats.map((c) => c.message));
 * ```
 */
export interface Resultat {
  dateEvaluation: string;
  constats: Constat[];
  synthese: SyntheseResultat;
  explications?: Explication[];
}

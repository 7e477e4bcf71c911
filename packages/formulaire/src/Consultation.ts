/**
 * Trace d'une consultation de référentiel pendant l'autocomplétion : ce qui a été demandé, la
 * réponse (ou `invalide` quand l'identifiant saisi est mal formé et n'a pas été envoyé), la source
 * et la date de ses données, les chemins remplis et les remarques (établissement fermé, fiche
 * inactive, plusieurs communes…).
 *
 * @example
 * ```ts
 * const c: Consultation = {
 *   demande: "certification", identifiant: "RNCP37537", statut: "trouve", source: "Kit apprentissage", dateSource: "2025-01-31",
 *   chemins: ["formation.codeDiplome", "formation.intituleQualification"], remarques: [],
 * };
 * ```
 */
export interface Consultation {
  demande: "entreprise" | "convention" | "certification" | "organisme" | "communes";
  identifiant: string;
  statut: "trouve" | "absent" | "indetermine" | "indisponible" | "invalide";
  source: string | null;
  dateSource: string | null;
  raison?: string;
  /** Chemins remplis par cette consultation. */
  chemins: string[];
  remarques: string[];
  /** Valeurs possibles quand la réponse ne permet pas de choisir (plusieurs communes, plusieurs IDCC). */
  choix?: string[];
}

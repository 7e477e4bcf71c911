/**
 * État d'un point (sous-vérification) d'une règle : `prouve` quand une source qui a répondu
 * l'établit, `non_prouve` sinon (source en échec, réponse sans conclusion, valeur inconnue).
 *
 * @example
 * ```ts
 * const e: EtatPreuve = "non_prouve";
 * ```
 */
export type EtatPreuve = "prouve" | "non_prouve";

/**
 * Preuve d'un point nommé par une règle (`MetadonneesRegle.points`) : la règle n'est conforme
 * que si chacun de ses points est `prouve` ; un point `non_prouve` ou jamais établi la rend
 * `indetermine`. Les preuves figurent dans l'explication (`Explication.preuves`) et dans les
 * détails du constat qui signale un point non prouvé (`details.preuves`).
 *
 * @example
 * ```ts
 * const p: PreuvePoint = { point: "cfa.ouvert", etat: "prouve", source: "Référentiel des organismes (ONISEP)" };
 * const q: PreuvePoint = { point: "cfa.ouvert", etat: "non_prouve", source: "ACCE", raison: "source indisponible (HTTP 500)" };
 * ```
 */
export interface PreuvePoint {
  /** Nom stable du point, parmi `MetadonneesRegle.points` de la règle. */
  point: string;
  etat: EtatPreuve;
  /** Source qui a répondu (ou échoué) ; `null` quand aucune source n'a été consultée pour ce point. */
  source: string | null;
  /** Comment le point est établi (p. ex. sans objet) ou, non prouvé, pourquoi (source en échec, valeur inconnue…). */
  raison?: string;
}

/**
 * Validité d'une clé d'API CFA chez un OPCO (`GET /v2/cfakeyinfo`) : `valide` (réponse
 * `success` et date de fin postérieure ou égale à la date de contrôle), date de fin de
 * validité, jours restants à la date de contrôle (négatif si expirée), commentaire de l'OPCO.
 * `valide` vaut `undefined` quand la réponse ne permet pas de décider (indéterminé).
 *
 * @example
 * ```ts
 * const i: InfoCleApiConvergence = { valide: true, dateFinValidite: "2026-12-31", joursRestants: 25, dateControle: "2026-12-06" };
 * ```
 */
export interface InfoCleApiConvergence {
  readonly valide: boolean | undefined;
  readonly dateFinValidite?: string;
  readonly joursRestants?: number;
  readonly dateControle: string;
  readonly commentaire?: string;
}

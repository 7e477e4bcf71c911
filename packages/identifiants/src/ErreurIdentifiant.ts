/**
 * Erreur de contrôle d'un identifiant : un code stable (préfixé par le type, par exemple
 * `siret.cle`) destiné aux programmes, et un message en français destiné aux personnes.
 *
 * @example
 * ```ts
 * const erreur: ErreurIdentifiant = {
 *   code: "siret.cle",
 *   message: "la clé de contrôle est incorrecte",
 * };
 * ```
 */
export interface ErreurIdentifiant {
  /** Code stable, de la forme `<type>.<motif>` (`siret.longueur`, `uai.cle`, `nir.mois`…). */
  code: string;
  /** Message en français, sans la valeur contrôlée (qui peut être une donnée personnelle). */
  message: string;
}

/**
 * Origine d'une valeur du brouillon : saisie par l'utilisateur, reprise d'un profil récurrent
 * (`profil:<nom>`) ou d'un référentiel (`referentiel:<source>`).
 *
 * @example
 * ```ts
 * const p: Provenance = "referentiel:Kit apprentissage";
 * ```
 */
export type Provenance = "saisie" | `profil:${string}` | `referentiel:${string}`;

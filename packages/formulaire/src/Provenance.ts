/**
 * Origine d'une valeur du brouillon : saisie par l'utilisateur, reprise d'un profil récurrent
 * (`profil:<nom>`), d'un référentiel (`referentiel:<source>`) ou déduite d'un autre champ
 * (`deduction:<règle>`, par exemple `deduction:R-NIR-FILL`).
 *
 * @example
 * ```ts
 * const p: Provenance = "referentiel:Kit apprentissage";
 * ```
 */
export type Provenance = "saisie" | `profil:${string}` | `referentiel:${string}` | `deduction:${string}`;

/**
 * Ce qu'une reprise (profil, référentiel) a le droit de remplacer :
 * - `vides` (par défaut) : seulement les champs vides ;
 * - `automatiques` : aussi les valeurs venues d'un profil ou d'un référentiel, jamais une saisie ;
 * - `tout` : y compris les valeurs saisies (sur demande explicite de l'utilisateur).
 *
 * @example
 * ```ts
 * const p: PolitiqueEcrasement = "automatiques";
 * ```
 */
export type PolitiqueEcrasement = "vides" | "automatiques" | "tout";

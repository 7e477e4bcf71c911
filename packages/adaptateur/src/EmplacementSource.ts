/**
 * Emplacement d'un enregistrement ou d'une erreur dans une source : le fichier, et
 * soit un numéro de ligne (formats ligne à ligne, à partir de 1), soit un pointeur JSON
 * (RFC 6901, ex. `/pages/2/contrats/17/alternant/nir`) pour les entrées JSON.
 * `champ` précise éventuellement la colonne ou le champ en cause.
 *
 * @example
 * ```ts
 * const ici: EmplacementSource = { fichier: "deca.json", pointeur: "/contrats/17/alternant/sexe" };
 * const ligne: EmplacementSource = { fichier: "extrait.txt", ligne: 4, champ: "SIRET" };
 * ```
 */
export interface EmplacementSource {
  readonly fichier: string;
  readonly ligne?: number;
  readonly pointeur?: string;
  readonly champ?: string;
}

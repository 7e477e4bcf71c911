/**
 * Erreur de traitement d'un PDF à signer, au code stable et au message français ; interceptée
 * par {@link signerPdf}, qui la rend comme résultat (jamais d'exception vers l'appelant).
 *
 * @example
 * ```ts
 * const erreur = new ErreurPdf("SIG-CHAMP-DEJA-SIGNE", "La case « Signature de l’employeur » est déjà signée.");
 * ```
 */
export class ErreurPdf extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ErreurPdf";
  }
}

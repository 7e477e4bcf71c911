/**
 * Le fichier entier n'a pas le format attendu (en-tête introuvable, archive sans la table
 * attendue) : aucune ligne ne peut être interprétée. Les erreurs ligne à ligne, elles, sont
 * des rejets et ne lèvent jamais d'exception.
 *
 * @example
 * ```ts
 * throw new ErreurFormatFichier("kit.csv", "colonnes « Code Diplôme » et « Code RNCP » introuvables");
 * ```
 */
export class ErreurFormatFichier extends Error {
  override readonly name = "ErreurFormatFichier";
  constructor(
    readonly fichier: string,
    raison: string,
  ) {
    super(`${fichier} : ${raison}`);
  }
}

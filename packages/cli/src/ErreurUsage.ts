/**
 * Erreur d'utilisation de la CLI (option inconnue, valeur manquante ou mal formée).
 * Toute commande qui la lève termine avec le code de sortie 2 et affiche le message en français.
 *
 * @example
 * ```ts
 * throw new ErreurUsage("l'option --date attend une date AAAA-MM-JJ");
 * ```
 */
export class ErreurUsage extends Error {
  override readonly name = "ErreurUsage";
}

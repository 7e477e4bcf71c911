/**
 * Erreur HTTP rendue au client en `application/problem+json` (RFC 9457), avec un titre et un
 * détail en français. Les routes la lèvent ; l'application la traduit en réponse.
 *
 * @example
 * ```ts
 * throw new ErreurProbleme(422, "Paramètre invalide", "le paramètre date attend une date AAAA-MM-JJ existante", { parametre: "date" });
 * ```
 */
export class ErreurProbleme extends Error {
  override readonly name = "ErreurProbleme";

  constructor(
    /** Code de statut HTTP. */
    readonly statut: number,
    /** Titre court, stable pour un même type de problème. */
    readonly titre: string,
    /** Explication propre à cette occurrence. */
    readonly detail: string,
    /** Membres d'extension (ligne, colonne, limite…). */
    readonly extensions: Record<string, unknown> = {},
    /** En-têtes à ajouter à la réponse (Retry-After…). */
    readonly entetes: Record<string, string> = {},
  ) {
    super(detail);
  }
}

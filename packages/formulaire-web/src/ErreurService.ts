/**
 * Erreur d'un appel au service Communs OPCO, en français : titre et détail du problème
 * RFC 9457 renvoyé par le service, ou service injoignable / réponse illisible.
 *
 * @example
 * ```ts
 * try { await client.completer({ siret }); } catch (e) { if (e instanceof ErreurService) afficher(e.message); }
 * ```
 */
export class ErreurService extends Error {
  override readonly name = "ErreurService";
  constructor(
    message: string,
    /** Statut HTTP (0 si le service est injoignable). */
    readonly statut: number,
  ) {
    super(message);
  }
}

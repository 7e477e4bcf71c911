import { ErreurReferentiel } from "./ErreurReferentiel";

/**
 * Réponse HTTP en erreur (statut hors 2xx) après épuisement des nouvelles tentatives.
 * `donnees` est le corps de réponse décodé (JSON si possible), secrets masqués.
 *
 * @example
 * ```ts
 * catch (erreur) { if (erreur instanceof ErreurHttp && erreur.statut === 429) console.log(erreur.retryAfter); }
 * ```
 */
export class ErreurHttp extends ErreurReferentiel {
  readonly _tag = "ErreurHttp" as const;
  override readonly name = "ErreurHttp";
  readonly statut: number;
  readonly donnees: unknown;
  /** Valeur de l'en-tête `Retry-After` reçue, le cas échéant. */
  readonly retryAfter: string | null;

  constructor(contexte: {
    api: string;
    methode: string;
    url: string;
    statut: number;
    texteStatut: string;
    donnees: unknown;
    retryAfter: string | null;
  }) {
    super(
      `${contexte.api} : la requête ${contexte.methode} ${contexte.url} a échoué (HTTP ${contexte.statut}${contexte.texteStatut ? ` ${contexte.texteStatut}` : ""})`,
      contexte,
    );
    this.statut = contexte.statut;
    this.donnees = contexte.donnees;
    this.retryAfter = contexte.retryAfter;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), statut: this.statut, donnees: this.donnees, retryAfter: this.retryAfter };
  }
}

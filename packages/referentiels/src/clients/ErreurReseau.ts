import { ErreurReferentiel } from "./ErreurReferentiel";

/**
 * Échec réseau (connexion refusée ou coupée, DNS…) : aucune réponse HTTP exploitable.
 * `raison` reprend le message d'origine, secrets masqués.
 *
 * @example
 * ```ts
 * catch (erreur) { if (erreur instanceof ErreurReseau) console.log(erreur.raison); }
 * ```
 */
export class ErreurReseau extends ErreurReferentiel {
  readonly _tag = "ErreurReseau" as const;
  override readonly name = "ErreurReseau";
  readonly raison: string;

  constructor(contexte: { api: string; methode: string; url: string; raison: string }) {
    super(`${contexte.api} : échec réseau pour ${contexte.methode} ${contexte.url} (${contexte.raison})`, contexte);
    this.raison = contexte.raison;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), raison: this.raison };
  }
}

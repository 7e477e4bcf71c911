import { ErreurReferentiel } from "./ErreurReferentiel";

/**
 * Délai dépassé : pas de réponse (en-têtes) ou corps incomplet dans `delaiMs`.
 *
 * @example
 * ```ts
 * catch (erreur) { if (erreur instanceof ErreurDelai) console.log(`abandon après ${erreur.delaiMs} ms`); }
 * ```
 */
export class ErreurDelai extends ErreurReferentiel {
  readonly _tag = "ErreurDelai" as const;
  override readonly name = "ErreurDelai";
  readonly delaiMs: number;

  constructor(contexte: { api: string; methode: string; url: string; delaiMs: number }) {
    super(`${contexte.api} : délai de ${contexte.delaiMs} ms dépassé pour ${contexte.methode} ${contexte.url}`, contexte);
    this.delaiMs = contexte.delaiMs;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), delaiMs: this.delaiMs };
  }
}

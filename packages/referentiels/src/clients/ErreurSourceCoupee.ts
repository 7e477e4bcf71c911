import { ErreurReferentiel } from "./ErreurReferentiel";

/**
 * Source coupée par le disjoncteur : après plusieurs échecs consécutifs, la source n'est plus
 * appelée pendant la durée de coupure ; l'appel échoue aussitôt, sans requête HTTP.
 *
 * @example
 * ```ts
 * catch (erreur) { if (erreur instanceof ErreurSourceCoupee) console.log(`${erreur.api} coupée jusqu'au ${new Date(erreur.jusqua).toISOString()}`); }
 * ```
 */
export class ErreurSourceCoupee extends ErreurReferentiel {
  readonly _tag = "ErreurSourceCoupee" as const;
  override readonly name = "ErreurSourceCoupee";
  /** Échecs consécutifs qui ont coupé la source. */
  readonly echecs: number;
  /** Fin de la coupure (horodatage en ms). */
  readonly jusqua: number;

  constructor(contexte: { api: string; methode: string; url: string; echecs: number; jusqua: number }) {
    super(`${contexte.api} : source coupée après ${contexte.echecs} échecs consécutifs, appel ${contexte.methode} ${contexte.url} non tenté`, contexte);
    this.echecs = contexte.echecs;
    this.jusqua = contexte.jusqua;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), echecs: this.echecs, jusqua: this.jusqua };
  }
}

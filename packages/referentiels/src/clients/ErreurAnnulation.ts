import { ErreurReferentiel } from "./ErreurReferentiel";

/**
 * Requête annulée par l'appelant (`AbortSignal`), y compris pendant l'attente de la limite de débit.
 *
 * @example
 * ```ts
 * const controleur = new AbortController();
 * const appel = client.opcoParSiret("42476141900045", { signal: controleur.signal });
 * controleur.abort(); // appel rejeté avec une ErreurAnnulation
 * ```
 */
export class ErreurAnnulation extends ErreurReferentiel {
  readonly _tag = "ErreurAnnulation" as const;
  override readonly name = "ErreurAnnulation";

  constructor(contexte: { api: string; methode: string; url: string }) {
    super(`${contexte.api} : requête ${contexte.methode} ${contexte.url} annulée`, contexte);
  }
}

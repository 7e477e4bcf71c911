import { Effect } from "effect";
import type { ErreurAppelReferentiel } from "./ErreurAppelReferentiel";
import { ErreurReferentiel } from "./ErreurReferentiel";
import { ErreurReseau } from "./ErreurReseau";

/**
 * Version `Effect` d'un appel de client : l'appel reçoit un `AbortSignal` interrompu quand la
 * fibre l'est (annulation propagée jusqu'à la requête HTTP), et ses erreurs typées arrivent dans le
 * canal d'erreur (tout autre rejet devient une {@link ErreurReseau}).
 *
 * @example
 * ```ts
 * import { enEffet } from "@communs-opco/referentiels/effect";
 *
 * const programme = enEffet((signal) => siro.opcoParSiret("42476141900045", { signal })).pipe(
 *   Effect.catchTag("ErreurHttp", (erreur) => Effect.succeed({ code: "99" as const, siret: String(erreur.statut) })),
 *   Effect.timeout("5 seconds"),
 * );
 * const reponse = await Effect.runPromise(programme);
 * ```
 */
export function enEffet<A>(appel: (signal: AbortSignal) => Promise<A>): Effect.Effect<A, ErreurAppelReferentiel> {
  return Effect.tryPromise({
    try: (signal: AbortSignal) => appel(signal),
    catch: (erreur: unknown): ErreurAppelReferentiel =>
      erreur instanceof ErreurReferentiel
        ? (erreur as ErreurAppelReferentiel)
        : new ErreurReseau({ api: "inconnue", methode: "?", url: "?", raison: erreur instanceof Error ? erreur.message : String(erreur) }),
  });
}

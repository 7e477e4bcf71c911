import type { ErreurAnnulation } from "./ErreurAnnulation";
import type { ErreurDelai } from "./ErreurDelai";
import type { ErreurHttp } from "./ErreurHttp";
import type { ErreurReseau } from "./ErreurReseau";
import type { ErreurSchema } from "./ErreurSchema";
import type { ErreurSourceCoupee } from "./ErreurSourceCoupee";

/**
 * Erreurs possibles d'un appel de client de référentiel, discriminées par `_tag`
 * (`Effect.catchTag("ErreurHttp", …)`).
 *
 * @example
 * ```ts
 * const gerer = (erreur: ErreurAppelReferentiel) => erreur._tag === "ErreurSchema" ? "schéma" : "autre";
 * ```
 */
export type ErreurAppelReferentiel = ErreurHttp | ErreurReseau | ErreurDelai | ErreurSchema | ErreurAnnulation | ErreurSourceCoupee;

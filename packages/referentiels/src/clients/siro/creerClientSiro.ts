import type { OptionsAppel } from "../OptionsAppel";
import { creerClientHttp, type ClientHttp, type OptionsClientReferentiel } from "../creerClientHttp";
import { schemaReponseSiro, type ReponseSiro } from "./schemaReponseSiro";

/**
 * Configuration du client SIRO (France compétences, accès partenaire).
 *
 * @example
 * ```ts
 * const configuration: ConfigurationClientSiro = { cleApi: process.env.SIRO_CLE ?? "" };
 * ```
 */
export interface ConfigurationClientSiro extends OptionsClientReferentiel {
  /** Clé envoyée dans `X-Gravitee-Api-Key`. Jamais reprise dans une erreur. */
  readonly cleApi: string;
  /** Jeton facultatif envoyé en `Authorization: Bearer` (variante partenaire `siropartfc`). */
  readonly jeton?: string;
  /** @default "https://api.francecompetences.fr/siro/v1" */
  readonly urlBase?: string;
  /** Chemin de la route avant le SIRET. @default "public" */
  readonly route?: string;
  /** @default 10 */
  readonly requetesParSeconde?: number;
}

/**
 * Client SIRO : OPCO de rattachement d'un établissement.
 *
 * @example
 * ```ts
 * const reponse = await creerClientSiro({ cleApi }).opcoParSiret("42476141900045");
 * ```
 */
export interface ClientSiro {
  readonly http: ClientHttp;
  /** `GET /public/:siret`. */
  opcoParSiret(siret: string, options?: OptionsAppel): Promise<ReponseSiro>;
}

/**
 * Crée le client SIRO : clé `X-Gravitee-Api-Key` (et jeton `Bearer` facultatif) masqués dans les
 * erreurs, réponses validées (code 01/02/03/99), nouvelles tentatives, débit limité, cache optionnel.
 *
 * @example
 * ```ts
 * const client = creerClientSiro({ cleApi, cache: new CacheMemoireLru(), dureeCacheMs: 86_400_000 });
 * const r = await client.opcoParSiret("42476141900045");
 * if (r.code === "01") console.log(r.opcoRattachement.nom);
 * ```
 */
export function creerClientSiro(configuration: ConfigurationClientSiro): ClientSiro {
  const entetes: Record<string, string> = { "X-Gravitee-Api-Key": configuration.cleApi };
  if (configuration.jeton !== undefined) entetes["authorization"] = `Bearer ${configuration.jeton}`;
  const http = creerClientHttp({
    ...configuration,
    api: "SIRO (France compétences)",
    urlBase: configuration.urlBase ?? "https://api.francecompetences.fr/siro/v1",
    requetesParSeconde: configuration.requetesParSeconde ?? 10,
    entetes,
    secrets: [configuration.cleApi, ...(configuration.jeton === undefined ? [] : [configuration.jeton])],
  });
  const route = configuration.route ?? "public";
  return {
    http,
    opcoParSiret(siret, options) {
      return http.demander({
        methode: "get",
        chemin: `${route}/${encodeURIComponent(siret)}`,
        schema: schemaReponseSiro,
        ...(options?.signal === undefined ? {} : { signal: options.signal }),
      });
    },
  };
}

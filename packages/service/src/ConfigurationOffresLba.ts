/**
 * Accès du service à La bonne alternance pour `GET /v1/offres` : jeton et URL de l'API, cache des
 * recherches et débit vers l'API. Seul `jeton` est obligatoire ; les autres valeurs ont un défaut
 * de production (voir docs/service.md).
 *
 * @example
 * ```ts
 * const lba: ConfigurationOffresLba = { jeton: process.env.COMMUNS_OPCO_LBA_JETON ?? "", dureeCacheMs: 10 * 60_000 };
 * ```
 */
export interface ConfigurationOffresLba {
  /** Jeton de l'API Apprentissage accepté par La bonne alternance. Jamais journalisé ni renvoyé. */
  readonly jeton: string;
  /** URL de base de l'API partenaires. @default "https://labonnealternance.apprentissage.beta.gouv.fr/api" */
  readonly urlBase?: string;
  /** Durée de vie d'une recherche en cache, en ms. @default 600000 (10 minutes) */
  readonly dureeCacheMs?: number;
  /** Recherches distinctes gardées en cache (les moins récemment lues sont évincées). @default 500 */
  readonly capaciteCache?: number;
  /** Appels à La bonne alternance permis par minute ; au-delà, problème 503 avec `Retry-After`. @default 60 */
  readonly requetesParMinute?: number;
  /** Délai d'une tentative vers La bonne alternance, en ms. @default 8000 */
  readonly delaiMs?: number;
  /** Nouvelles tentatives après 429, 5xx ou échec réseau. @default 1 */
  readonly tentatives?: number;
  /** Plafond de l'attente imposée par un `Retry-After` de La bonne alternance, en ms. @default 5000 */
  readonly attenteMaxMs?: number;
}

/**
 * Variables d'environnement lues pour La bonne alternance.
 *
 * @example
 * ```ts
 * const env: EnvironnementOffresLba = { COMMUNS_OPCO_LBA_JETON: "…", COMMUNS_OPCO_LBA_URL: "http://127.0.0.1:9000/api" };
 * ```
 */
export interface EnvironnementOffresLba {
  /** Jeton de La bonne alternance ; à défaut, `COMMUNS_OPCO_API_APPRENTISSAGE_CLE` (même jeton API Apprentissage). */
  readonly COMMUNS_OPCO_LBA_JETON?: string | undefined;
  readonly COMMUNS_OPCO_LBA_URL?: string | undefined;
  readonly COMMUNS_OPCO_API_APPRENTISSAGE_CLE?: string | undefined;
}

/**
 * Configuration de La bonne alternance lue de l'environnement : `COMMUNS_OPCO_LBA_JETON` (ou, à
 * défaut, `COMMUNS_OPCO_API_APPRENTISSAGE_CLE`) et `COMMUNS_OPCO_LBA_URL`. Sans jeton :
 * `undefined` (les offres répondent 503 « non configurées »).
 *
 * @example
 * ```ts
 * configurationOffresLbaDepuis({ COMMUNS_OPCO_LBA_JETON: "abc" }); // { jeton: "abc" }
 * configurationOffresLbaDepuis({}); // undefined
 * ```
 */
export function configurationOffresLbaDepuis(env: EnvironnementOffresLba): ConfigurationOffresLba | undefined {
  const jeton = (env.COMMUNS_OPCO_LBA_JETON ?? "").trim() || (env.COMMUNS_OPCO_API_APPRENTISSAGE_CLE ?? "").trim();
  if (jeton === "") return undefined;
  const url = (env.COMMUNS_OPCO_LBA_URL ?? "").trim();
  return url === "" ? { jeton } : { jeton, urlBase: url.replace(/\/+$/, "") };
}

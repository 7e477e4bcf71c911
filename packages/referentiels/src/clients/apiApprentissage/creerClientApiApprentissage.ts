import { z } from "zod";
import type { OptionsAppel } from "../OptionsAppel";
import { creerClientHttp, type ClientHttp, type OptionsClientReferentiel } from "../creerClientHttp";
import { ErreurHttp } from "../ErreurHttp";
import { schemaCertification, type Certification } from "./schemaCertification";
import { schemaCommune, schemaDepartement, type Commune } from "./schemaCommune";
import { schemaFormation, schemaPageFormations, type Formation } from "./schemaFormation";
import { schemaPageOrganismes, type OrganismeApiApprentissage } from "./schemaOrganismeApiApprentissage";
import { schemaRechercheOrganisme, type RechercheOrganisme } from "./schemaRechercheOrganisme";

/**
 * Configuration du client de l'API Apprentissage.
 *
 * @example
 * ```ts
 * const configuration: ConfigurationClientApiApprentissage = { cleApi: process.env.API_APPRENTISSAGE_CLE ?? "" };
 * ```
 */
export interface ConfigurationClientApiApprentissage extends OptionsClientReferentiel {
  /** Clé d'API (JWT) envoyée en `Authorization: Bearer`. Jamais reprise dans une erreur. */
  readonly cleApi: string;
  /** @default "https://api.apprentissage.beta.gouv.fr/api" */
  readonly urlBase?: string;
  /** Les routes organisme, certification, formation et géographie ne déclarent pas de limite. @default 10 */
  readonly requetesParSeconde?: number;
}

/**
 * Critères de recherche de formations (`/formation/v1/search`).
 *
 * @example
 * ```ts
 * const criteres: CriteresFormations = { rncp: "RNCP30271", inclureArchivees: true };
 * ```
 */
export interface CriteresFormations {
  readonly rncp?: string;
  readonly romes?: readonly string[];
  readonly latitude?: number;
  readonly longitude?: number;
  /** Rayon en km (0..200). @default 30 */
  readonly rayonKm?: number;
  /** Niveau de diplôme visé, `"1"`…`"8"`. */
  readonly niveauDiplome?: string;
  /** Inclure les formations archivées. @default false */
  readonly inclureArchivees?: boolean;
  /** @default 100 */
  readonly taillePage?: number;
}

/**
 * Client de l'API Apprentissage (organisme, certification, formation, géographie).
 *
 * @example
 * ```ts
 * const client = creerClientApiApprentissage({ cleApi });
 * const recherche = await client.rechercherOrganisme({ siret: "77871521900151", uai: "0251750S" });
 * ```
 */
export interface ClientApiApprentissage {
  readonly http: ClientHttp;
  /** `GET /organisme/v1/recherche` : au moins un SIRET ou un UAI. */
  rechercherOrganisme(criteres: { siret?: string; uai?: string }, options?: OptionsAppel): Promise<RechercheOrganisme>;
  /**
   * Parcourt `GET /organisme/v1/export` page par page. Le serveur ne trie pas : les organismes déjà
   * vus (même SIRET) sont écartés, mais un organisme peut manquer si l'ordre change entre deux pages.
   */
  exporterOrganismes(options?: OptionsAppel & { taillePage?: number }): AsyncGenerator<OrganismeApiApprentissage[]>;
  /**
   * `GET /certification/v1` filtré par CFD et/ou RNCP. Un filtre vide renverrait tout le référentiel :
   * il faut alors le demander explicitement avec `{ tout: true }`.
   */
  certifications(criteres: { cfd?: string; rncp?: string } | { tout: true }, options?: OptionsAppel): Promise<Certification[]>;
  /** `GET /formation/v1/:id` ; `null` si la formation est inconnue (404). */
  formation(cleMinistereEducatif: string, options?: OptionsAppel): Promise<Formation | null>;
  /** Parcourt `GET /formation/v1/search` page par page. */
  rechercherFormations(criteres?: CriteresFormations, options?: OptionsAppel): AsyncGenerator<Formation[]>;
  /** `GET /geographie/v1/commune/search?code=` (code INSEE ou postal à 5 chiffres ; pas 2A/2B). */
  communes(code: string, options?: OptionsAppel): Promise<Commune[]>;
  /** `GET /geographie/v1/departement`. */
  departements(options?: OptionsAppel): Promise<z.output<typeof schemaDepartement>[]>;
}

function signal(options: OptionsAppel | undefined): { signal?: AbortSignal } {
  return options?.signal === undefined ? {} : { signal: options.signal };
}

/**
 * Crée le client de l'API Apprentissage : authentification `Bearer`, chaque réponse validée par zod,
 * nouvelles tentatives, débit limité, déduplication et cache optionnel ({@link creerClientHttp}).
 *
 * @example
 * ```ts
 * const client = creerClientApiApprentissage({ cleApi, cache: new CacheMemoireLru(), dureeCacheMs: 3_600_000 });
 * const [cap] = await client.certifications({ rncp: "RNCP509" });
 * for await (const page of client.exporterOrganismes({ taillePage: 1000 })) console.log(page.length);
 * ```
 */
export function creerClientApiApprentissage(configuration: ConfigurationClientApiApprentissage): ClientApiApprentissage {
  const http = creerClientHttp({
    ...configuration,
    api: "API Apprentissage",
    urlBase: configuration.urlBase ?? "https://api.apprentissage.beta.gouv.fr/api",
    requetesParSeconde: configuration.requetesParSeconde ?? 10,
    entetes: { authorization: `Bearer ${configuration.cleApi}` },
    secrets: [configuration.cleApi],
  });

  return {
    http,
    rechercherOrganisme(criteres, options) {
      if (criteres.siret === undefined && criteres.uai === undefined) {
        return Promise.reject(new TypeError("rechercherOrganisme : un SIRET ou un UAI est requis"));
      }
      return http.demander({
        methode: "get",
        chemin: "organisme/v1/recherche",
        parametres: { siret: criteres.siret, uai: criteres.uai },
        schema: schemaRechercheOrganisme,
        ...signal(options),
      });
    },
    async *exporterOrganismes(options) {
      const vus = new Set<string>();
      for (let index = 0; ; index++) {
        const page = await http.demander({
          methode: "get",
          chemin: "organisme/v1/export",
          parametres: { page_size: options?.taillePage ?? 1000, page_index: index },
          schema: schemaPageOrganismes,
          cache: false,
          ...signal(options),
        });
        const nouveaux = page.data.filter((organisme) => !vus.has(organisme.identifiant.siret));
        for (const organisme of nouveaux) vus.add(organisme.identifiant.siret);
        if (nouveaux.length > 0) yield nouveaux;
        if (page.data.length === 0 || index + 1 >= page.pagination.page_count) return;
      }
    },
    certifications(criteres, options) {
      const parametres =
        "tout" in criteres ? {} : { "identifiant.cfd": criteres.cfd, "identifiant.rncp": criteres.rncp };
      if (!("tout" in criteres) && criteres.cfd === undefined && criteres.rncp === undefined) {
        return Promise.reject(new TypeError("certifications : un CFD ou un RNCP est requis (ou { tout: true })"));
      }
      return http.demander({
        methode: "get",
        chemin: "certification/v1",
        parametres,
        schema: z.array(schemaCertification),
        ...signal(options),
      });
    },
    async formation(cle, options) {
      try {
        return await http.demander({
          methode: "get",
          chemin: `formation/v1/${encodeURIComponent(cle)}`,
          schema: schemaFormation,
          ...signal(options),
        });
      } catch (erreur) {
        if (erreur instanceof ErreurHttp && erreur.statut === 404) return null;
        throw erreur;
      }
    },
    async *rechercherFormations(criteres = {}, options) {
      for (let index = 0; ; index++) {
        const page = await http.demander({
          methode: "get",
          chemin: "formation/v1/search",
          parametres: {
            page_size: criteres.taillePage ?? 100,
            page_index: index,
            rncp: criteres.rncp,
            romes: criteres.romes?.join(","),
            latitude: criteres.latitude,
            longitude: criteres.longitude,
            radius: criteres.rayonKm,
            target_diploma_level: criteres.niveauDiplome,
            include_archived: criteres.inclureArchivees === true ? "true" : undefined,
          },
          schema: schemaPageFormations,
          cache: false,
          ...signal(options),
        });
        if (page.data.length > 0) yield page.data;
        if (page.data.length === 0 || index + 1 >= page.pagination.page_count) return;
      }
    },
    communes(code, options) {
      return http.demander({
        methode: "get",
        chemin: "geographie/v1/commune/search",
        parametres: { code },
        schema: z.array(schemaCommune),
        ...signal(options),
      });
    },
    departements(options) {
      return http.demander({
        methode: "get",
        chemin: "geographie/v1/departement",
        schema: z.array(schemaDepartement),
        ...signal(options),
      });
    },
  };
}

import ky, { HTTPError, TimeoutError } from "ky";
import type { z } from "zod";
import type { CacheReponses } from "./CacheReponses";
import { ErreurAnnulation } from "./ErreurAnnulation";
import { ErreurDelai } from "./ErreurDelai";
import { ErreurHttp } from "./ErreurHttp";
import { ErreurReferentiel } from "./ErreurReferentiel";
import { ErreurReseau } from "./ErreurReseau";
import { ErreurSchema } from "./ErreurSchema";
import { ErreurSourceCoupee } from "./ErreurSourceCoupee";
import { Disjoncteur, type CoupureSource } from "./Disjoncteur";
import { LimiteurDebit } from "./LimiteurDebit";
import { masquerSecrets } from "./masquerSecrets";

/**
 * Méthode HTTP d'une requête de client de référentiel.
 *
 * @example
 * ```ts
 * const methodes: MethodeHttp[] = ["get", "post"];
 * ```
 */
export type MethodeHttp = "get" | "post" | "put" | "delete" | "head" | "options" | "trace" | "patch";

/**
 * Options communes à tous les clients de référentiels (chaque client documente ses propres valeurs
 * par défaut d'URL, de débit et d'authentification).
 *
 * @example
 * ```ts
 * const options: OptionsClientReferentiel = { delaiMs: 5000, tentatives: 3, cache: new CacheMemoireLru(), dureeCacheMs: 3_600_000 };
 * ```
 */
export interface OptionsClientReferentiel {
  /** URL de base de l'API (sans barre finale). */
  readonly urlBase?: string;
  /** Délai d'une tentative (réponse puis corps), en ms. @default 10000 */
  readonly delaiMs?: number;
  /** Nouvelles tentatives après 408, 413, 429, 500, 502, 503, 504 ou échec réseau. @default 2 */
  readonly tentatives?: number;
  /** Plafond de l'attente imposée par un `Retry-After` (un `Retry-After` plus long est ramené à ce plafond). @default 60000 */
  readonly attenteMaxMs?: number;
  /** Délai avant la n-ième nouvelle tentative sans `Retry-After`, en ms. @default 300 · 2^(n−1), plafonné à 10 s */
  readonly delaiReprise?: (tentative: number) => number;
  /** Départs de requêtes par seconde (nouvelles tentatives comprises). @default propre à chaque API */
  readonly requetesParSeconde?: number;
  /** Requêtes simultanées au plus. @default 8 */
  readonly concurrence?: number;
  /** Cache des réponses validées ; aucun par défaut. */
  readonly cache?: CacheReponses;
  /** Durée de vie des entrées du cache, en ms. @default 3600000 (1 h) */
  readonly dureeCacheMs?: number;
  /** Implémentation de `fetch` (tests, proxy). @default globalThis.fetch */
  readonly fetch?: typeof globalThis.fetch;
  /**
   * Échecs consécutifs de la source (réseau, délai, 5xx, 429, réponse illisible) qui la coupent :
   * les appels suivants échouent aussitôt ({@link ErreurSourceCoupee}) pendant `dureeCoupureMs`. @default 5
   */
  readonly seuilCoupure?: number;
  /** Durée d'une coupure de la source, en ms. @default 30000 */
  readonly dureeCoupureMs?: number;
  /** Signalement de la première coupure de la source (une fois par client, pour le rapport d'exécution). */
  readonly surCoupure?: (coupure: CoupureSource) => void;
  /** Horloge en ms (tests : horloge simulée). @default Date.now */
  readonly horloge?: () => number;
}

/**
 * Configuration interne d'un client HTTP : options communes plus nom de l'API, en-têtes
 * (authentification) et secrets à masquer.
 *
 * @example
 * ```ts
 * const configuration: ConfigurationClientHttp = { api: "SIRO", urlBase: "https://api.francecompetences.fr/siro/v1", entetes: { "X-Gravitee-Api-Key": cle }, secrets: [cle] };
 * ```
 */
export interface ConfigurationClientHttp extends OptionsClientReferentiel {
  readonly api: string;
  readonly urlBase: string;
  readonly entetes?: Readonly<Record<string, string>>;
  /** Valeurs à masquer dans toute erreur (clés, jetons). */
  readonly secrets?: readonly string[];
  /** Méthodes rejouées automatiquement. @default ["get"] */
  readonly methodesRejouables?: readonly MethodeHttp[];
}

/**
 * Requête décrite pour {@link ClientHttp.demander}.
 *
 * @example
 * ```ts
 * const requete: RequeteClientHttp<typeof schema> = { methode: "get", chemin: "opcos", parametres: { siret: "42476141900045" }, schema };
 * ```
 */
export interface RequeteClientHttp<S extends z.ZodType> {
  readonly methode: MethodeHttp;
  /** Chemin relatif à l'URL de base, sans barre initiale. */
  readonly chemin: string;
  readonly parametres?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  /** Corps JSON. */
  readonly corps?: unknown;
  readonly schema: S;
  readonly signal?: AbortSignal;
  /** Utiliser le cache configuré pour cette requête. @default true */
  readonly cache?: boolean;
}

/**
 * Compteurs d'un client (pour les journaux, tests et bancs).
 *
 * @example
 * ```ts
 * console.log(client.statistiques.requetesHttp, client.statistiques.depuisCache);
 * ```
 */
export interface StatistiquesClientHttp {
  /** Tentatives HTTP émises (nouvelles tentatives comprises). */
  requetesHttp: number;
  /** Nouvelles tentatives. */
  reprises: number;
  /** Appels servis par le cache. */
  depuisCache: number;
  /** Appels rattachés à une requête identique déjà en cours. */
  dedupliquees: number;
  /** Appels refusés sans requête HTTP parce que la source était coupée (disjoncteur). */
  refuseesCoupure: number;
}

/**
 * Client HTTP configuré d'une API : validation zod de chaque réponse, nouvelles tentatives,
 * limite de débit, déduplication des requêtes identiques en cours, cache, annulation et erreurs typées.
 *
 * @example
 * ```ts
 * const http = creerClientHttp({ api: "CFA Dock", urlBase: "https://www.cfadock.fr/api" });
 * const reponse = await http.demander({ methode: "get", chemin: "opcos", parametres: { siret }, schema });
 * ```
 */
export interface ClientHttp {
  readonly api: string;
  readonly statistiques: StatistiquesClientHttp;
  demander<S extends z.ZodType>(requete: RequeteClientHttp<S>): Promise<z.output<S>>;
}

const DELAI_CORPS = Symbol("delai-corps");

interface RequetePartagee {
  readonly promesse: Promise<unknown>;
  readonly controleur: AbortController;
  abonnes: number;
}

function delaiRepriseParDefaut(tentative: number): number {
  return Math.min(10_000, 300 * 2 ** (tentative - 1));
}

/** Un `Retry-After` est-il lisible (secondes ou date HTTP) ? Sinon l'attente par défaut s'applique, pas le plafond. */
function retryAfterLisible(valeur: string): boolean {
  const texte = valeur.trim();
  if (/^\d+(\.\d+)?$/.test(texte)) return true;
  return !/^\d/.test(texte) && !Number.isNaN(Date.parse(texte));
}

/** Sépare les identifiants écrits dans l'URL de base (`https://utilisateur:mdp@hote`) : jamais envoyés dans l'URL ni affichés. */
function separerIdentifiants(urlBase: string): { urlBase: string; autorisation?: string; secrets: string[] } {
  let url: URL;
  try {
    url = new URL(urlBase);
  } catch {
    return { urlBase, secrets: [] };
  }
  if (url.username === "" && url.password === "") return { urlBase, secrets: [] };
  const utilisateur = decodeURIComponent(url.username);
  const motDePasse = decodeURIComponent(url.password);
  url.username = "";
  url.password = "";
  const nette = url.toString();
  const jeton = btoa(String.fromCharCode(...new TextEncoder().encode(`${utilisateur}:${motDePasse}`)));
  return {
    urlBase: urlBase.endsWith("/") || !nette.endsWith("/") ? nette : nette.slice(0, -1),
    autorisation: `Basic ${jeton}`,
    secrets: [utilisateur, motDePasse, jeton].filter((x) => x.length > 0),
  };
}

function decoderCorps(texte: string): unknown {
  try {
    return JSON.parse(texte) as unknown;
  } catch {
    return texte.slice(0, 500);
  }
}

function construireUrl(urlBase: string, chemin: string, parametres: RequeteClientHttp<z.ZodType>["parametres"]): URL {
  const url = new URL(chemin, urlBase.endsWith("/") ? urlBase : `${urlBase}/`);
  const cles = Object.keys(parametres ?? {}).sort();
  for (const cle of cles) {
    const valeur = parametres?.[cle];
    if (valeur !== undefined && valeur !== null) url.searchParams.set(cle, String(valeur));
  }
  return url;
}

/**
 * Crée le client HTTP d'une API sur `ky.create` : délai par tentative (et pour lire le corps),
 * nouvelles tentatives sur 408/413/429/5xx et erreurs réseau en honorant `Retry-After`
 * (413, 429, 503), limite de débit et de concurrence ({@link LimiteurDebit}), déduplication,
 * cache optionnel, validation zod, et traduction en erreurs typées sans secret.
 *
 * @example
 * ```ts
 * const http = creerClientHttp({ api: "SIRO", urlBase, entetes: { "X-Gravitee-Api-Key": cle }, secrets: [cle], requetesParSeconde: 10 });
 * const reponse = await http.demander({ methode: "get", chemin: `public/${siret}`, schema: schemaReponseSiro });
 * ```
 */
export function creerClientHttp(configurationDemandee: ConfigurationClientHttp): ClientHttp {
  const identifiants = separerIdentifiants(configurationDemandee.urlBase);
  const configuration: ConfigurationClientHttp = {
    ...configurationDemandee,
    urlBase: identifiants.urlBase,
    ...(identifiants.autorisation === undefined ? {} : { entetes: { authorization: identifiants.autorisation, ...configurationDemandee.entetes } }),
  };
  const api = configuration.api;
  const secrets = [
    ...identifiants.secrets,
    ...(configuration.secrets ?? []),
    ...Object.entries(configuration.entetes ?? {})
      .filter(([nom]) => /authorization|key|token|secret/i.test(nom))
      .map(([, valeur]) => valeur.replace(/^bearer\s+/i, "")),
  ];
  const delaiMs = configuration.delaiMs ?? 10_000;
  const dureeCacheMs = configuration.dureeCacheMs ?? 3_600_000;
  const limiteur = new LimiteurDebit({
    ...(configuration.requetesParSeconde === undefined ? {} : { requetesParSeconde: configuration.requetesParSeconde }),
    concurrence: configuration.concurrence ?? 8,
  });
  const statistiques: StatistiquesClientHttp = { requetesHttp: 0, reprises: 0, depuisCache: 0, dedupliquees: 0, refuseesCoupure: 0 };
  const disjoncteur = new Disjoncteur({
    api,
    ...(configuration.seuilCoupure === undefined ? {} : { seuil: configuration.seuilCoupure }),
    ...(configuration.dureeCoupureMs === undefined ? {} : { dureeMs: configuration.dureeCoupureMs }),
    ...(configuration.horloge === undefined ? {} : { horloge: configuration.horloge }),
    ...(configuration.surCoupure === undefined ? {} : { surCoupure: configuration.surCoupure }),
  });
  const statutsRejoues = [408, 413, 429, 500, 502, 503, 504];
  const statutsRetryAfter = [413, 429, 503];
  const enCours = new Map<string, RequetePartagee>();
  const masquer = (texte: string): string => masquerSecrets(texte, secrets);

  const instance = ky.create({
    prefixUrl: configuration.urlBase,
    headers: { accept: "application/json", ...configuration.entetes },
    timeout: delaiMs,
    throwHttpErrors: true,
    ...(configuration.fetch === undefined ? {} : { fetch: configuration.fetch }),
    retry: {
      limit: configuration.tentatives ?? 2,
      methods: [...(configuration.methodesRejouables ?? ["get"])],
      statusCodes: statutsRejoues,
      afterStatusCodes: statutsRetryAfter,
      maxRetryAfter: configuration.attenteMaxMs ?? 60_000,
      delay: configuration.delaiReprise ?? delaiRepriseParDefaut,
      retryOnTimeout: false,
      // Retry-After illisible : l'attente par défaut (delaiReprise), jamais le plafond attenteMaxMs
      shouldRetry: ({ error }) => {
        if (!(error instanceof HTTPError)) return undefined;
        const statut = error.response.status;
        const retryAfter = error.response.headers.get("retry-after");
        if (retryAfter !== null && statutsRejoues.includes(statut) && statutsRetryAfter.includes(statut) && !retryAfterLisible(retryAfter)) return true;
        return undefined;
      },
    },
    hooks: {
      beforeRequest: [
        () => {
          statistiques.requetesHttp += 1;
        },
      ],
      beforeRetry: [
        async ({ options }) => {
          statistiques.reprises += 1;
          await limiteur.prendreJeton(options.signal ?? undefined);
        },
      ],
    },
  });

  async function executer<S extends z.ZodType>(
    requete: RequeteClientHttp<S>,
    url: URL,
    urlMasquee: string,
    signalPartage: AbortSignal,
  ): Promise<z.output<S>> {
    const contexte = { api, methode: requete.methode.toUpperCase(), url: urlMasquee };
    const controleurCorps = new AbortController();
    const signal = AbortSignal.any([signalPartage, controleurCorps.signal]);
    let texte: string;
    try {
      texte = await limiteur.executer(async () => {
        await limiteur.prendreJeton(signal);
        const reponse = await instance(requete.chemin, {
          method: requete.methode,
          searchParams: url.searchParams,
          signal,
          ...(requete.corps === undefined ? {} : { json: requete.corps }),
        });
        const minuterie = setTimeout(() => controleurCorps.abort(DELAI_CORPS), delaiMs);
        try {
          return await reponse.text();
        } finally {
          clearTimeout(minuterie);
        }
      }, signal);
    } catch (erreur) {
      throw await traduireErreur(erreur, contexte, signalPartage, controleurCorps.signal);
    }
    const donnees = decoderJson(texte);
    if (donnees === AUCUN_JSON) {
      throw new ErreurSchema({ ...contexte, problemes: [{ chemin: "", message: "corps JSON illisible" }] });
    }
    const resultat = requete.schema.safeParse(donnees);
    if (!resultat.success) {
      throw new ErreurSchema({
        ...contexte,
        problemes: resultat.error.issues.map((probleme) => ({
          chemin: probleme.path.map(String).join("."),
          message: masquer(probleme.message),
        })),
      });
    }
    return resultat.data;
  }

  async function traduireErreur(
    erreur: unknown,
    contexte: { api: string; methode: string; url: string },
    signalPartage: AbortSignal,
    signalCorps: AbortSignal,
  ): Promise<ErreurReferentiel> {
    if (erreur instanceof ErreurReferentiel) return erreur;
    if (signalCorps.aborted) return new ErreurDelai({ ...contexte, delaiMs });
    if (signalPartage.aborted) return new ErreurAnnulation(contexte);
    if (erreur instanceof TimeoutError) return new ErreurDelai({ ...contexte, delaiMs });
    if (erreur instanceof HTTPError) {
      let corps: unknown = null;
      try {
        corps = decoderCorps(masquer(await erreur.response.text()));
      } catch {
        corps = null;
      }
      return new ErreurHttp({
        ...contexte,
        statut: erreur.response.status,
        texteStatut: erreur.response.statusText,
        donnees: corps,
        retryAfter: erreur.response.headers.get("retry-after"),
      });
    }
    const message = erreur instanceof Error ? erreur.message : String(erreur);
    const cause = erreur instanceof Error && erreur.cause instanceof Error ? ` : ${erreur.cause.message}` : "";
    return new ErreurReseau({ ...contexte, raison: masquer(`${message}${cause}`) });
  }

  return {
    api,
    statistiques,
    async demander<S extends z.ZodType>(requete: RequeteClientHttp<S>): Promise<z.output<S>> {
      const url = construireUrl(configuration.urlBase, requete.chemin, requete.parametres);
      const urlMasquee = masquer(url.toString());
      const contexte = { api, methode: requete.methode.toUpperCase(), url: urlMasquee };
      if (requete.signal?.aborted === true) throw new ErreurAnnulation(contexte);
      const cle = `${contexte.methode} ${urlMasquee}${requete.corps === undefined ? "" : ` ${JSON.stringify(requete.corps)}`}`;
      const cache = requete.cache === false ? undefined : configuration.cache;
      if (cache !== undefined) {
        const enCache = await cache.lire(cle);
        if (enCache !== undefined) {
          statistiques.depuisCache += 1;
          return enCache as z.output<S>;
        }
      }
      let partagee = enCours.get(cle);
      if (partagee === undefined) {
        if (disjoncteur.coupe()) {
          statistiques.refuseesCoupure += 1;
          throw new ErreurSourceCoupee({ ...contexte, echecs: disjoncteur.echecs, jusqua: disjoncteur.jusqua });
        }
        const controleur = new AbortController();
        const promesse = executer(requete, url, urlMasquee, controleur.signal).then(
          async (valeur) => {
            disjoncteur.succes();
            if (cache !== undefined) await cache.ecrire(cle, valeur, dureeCacheMs);
            return valeur;
          },
          (erreur: unknown) => {
            if (estEchecDeLaSource(erreur)) disjoncteur.echec(erreur instanceof Error ? erreur.message : String(erreur));
            else disjoncteur.succes();
            throw erreur;
          },
        );
        const nouvelle: RequetePartagee = { promesse, controleur, abonnes: 0 };
        partagee = nouvelle;
        enCours.set(cle, nouvelle);
        promesse.then(
          () => enCours.delete(cle),
          () => enCours.delete(cle),
        );
      } else {
        statistiques.dedupliquees += 1;
      }
      const courante = partagee;
      courante.abonnes += 1;
      const signal = requete.signal;
      if (signal === undefined) {
        try {
          return (await courante.promesse) as z.output<S>;
        } finally {
          courante.abonnes -= 1;
        }
      }
      return new Promise<z.output<S>>((resolve, reject) => {
        let termine = false;
        const quitter = (): void => {
          if (termine) return;
          termine = true;
          signal.removeEventListener("abort", abandon);
          courante.abonnes -= 1;
        };
        const abandon = (): void => {
          if (termine) return;
          quitter();
          if (courante.abonnes === 0) courante.controleur.abort();
          reject(new ErreurAnnulation(contexte));
        };
        signal.addEventListener("abort", abandon, { once: true });
        courante.promesse.then(
          (valeur) => {
            if (termine) return;
            quitter();
            resolve(valeur as z.output<S>);
          },
          (erreur: unknown) => {
            if (termine) return;
            quitter();
            reject(erreur);
          },
        );
      });
    },
  };
}

/**
 * Échec imputable à la source (compte pour le disjoncteur) : réseau, délai, réponse illisible ou
 * hors schéma, 5xx, 408 et 429. Une annulation ou une réponse 4xx (clé inconnue…) n'en est pas un.
 */
function estEchecDeLaSource(erreur: unknown): boolean {
  if (erreur instanceof ErreurHttp) return erreur.statut >= 500 || erreur.statut === 429 || erreur.statut === 408;
  return erreur instanceof ErreurReseau || erreur instanceof ErreurDelai || erreur instanceof ErreurSchema;
}

const AUCUN_JSON = Symbol("aucun-json");

function decoderJson(texte: string): unknown {
  try {
    return JSON.parse(texte) as unknown;
  } catch {
    return AUCUN_JSON;
  }
}

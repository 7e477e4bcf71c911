import { masquerDonneesPersonnelles } from "@communs-opco/identifiants";
import { creerClientLba, versOffre, type ClientLba } from "@communs-opco/lba";
import { CacheMemoireLru, ErreurDelai, ErreurHttp, ErreurReferentiel, ErreurReseau, ErreurSchema, ErreurSourceCoupee } from "@communs-opco/referentiels";
import type { Offre } from "@communs-opco/schemas";
import type { Logger } from "pino";
import type { ConfigurationOffresLba } from "./ConfigurationOffresLba";
import { ErreurProbleme } from "./ErreurProbleme";
import { LimiteurDebit } from "./LimiteurDebit";

/**
 * Critères normalisés d'une recherche d'offres : OPCO en slug, codes ROME en majuscules, triés et
 * sans doublon, département canonique. Deux requêtes qui ne diffèrent que par l'écriture de ces
 * critères partagent la même entrée de cache.
 *
 * @example
 * ```ts
 * const criteres: CriteresOffres = { opco: "akto", romes: ["D1102", "G1602"], departement: "75" };
 * ```
 */
export interface CriteresOffres {
  readonly opco?: string;
  readonly romes: readonly string[];
  readonly departement?: string;
  /** Rayon en km autour de `latitude`/`longitude` (sans point, La bonne alternance l'ignore). */
  readonly rayonKm?: number;
  readonly latitude?: number;
  readonly longitude?: number;
}

/**
 * Une page d'offres : la forme exacte de la réponse de `GET /v1/offres`.
 *
 * @example
 * ```ts
 * const vide: PageOffres = { offres: [], total: 0, page: 1, parPage: 10 };
 * ```
 */
export interface PageOffres {
  readonly offres: readonly Offre[];
  /** Nombre d'offres trouvées pour ces critères (toutes pages). */
  readonly total: number;
  readonly page: number;
  readonly parPage: number;
}

const URL_LBA = "https://labonnealternance.apprentissage.beta.gouv.fr/api";

/** Masque téléphones et courriels des textes libres d'une offre (données personnelles possibles). */
function masquerOffre(offre: Offre): Offre {
  const texte = (valeur: string | undefined) => (valeur === undefined ? undefined : masquerDonneesPersonnelles(valeur));
  const description = texte(offre.description);
  const lieu = offre.lieuTravail;
  const candidature = offre.candidature;
  return {
    ...offre,
    ...(description === undefined ? {} : { description }),
    ...(lieu?.description === undefined ? {} : { lieuTravail: { ...lieu, description: masquerDonneesPersonnelles(lieu.description) } }),
    ...(candidature === undefined
      ? {}
      : {
          candidature: {
            ...candidature,
            ...(candidature.telephone === undefined ? {} : { telephone: masquerDonneesPersonnelles(candidature.telephone) }),
            ...(candidature.courriel === undefined ? {} : { courriel: masquerDonneesPersonnelles(candidature.courriel) }),
          },
        }),
  };
}

/**
 * Offres de La bonne alternance pour le service : recherche par le client `@communs-opco/lba`,
 * conversion au format standard (`versOffre`), coordonnées personnelles masquées, cache LRU à
 * durée de vie (clé : critères normalisés ; la pagination se fait sur la liste en cache), une seule
 * recherche en vol par clé, et débit plafonné vers l'API. Toute indisponibilité de La bonne
 * alternance devient un problème 503 en français avec sa raison — jamais une liste vide.
 *
 * @example
 * ```ts
 * const source = new SourceOffresLba({ jeton }, { maintenant: Date.now, journal });
 * const page = await source.rechercher({ opco: "akto", romes: ["G1602"] }, 1, 10);
 * ```
 */
export class SourceOffresLba {
  readonly #client: ClientLba;
  readonly #cache: CacheMemoireLru;
  readonly #dureeCacheMs: number;
  readonly #limiteur: LimiteurDebit;
  readonly #enVol = new Map<string, Promise<readonly Offre[]>>();
  readonly #maintenant: () => number;
  readonly #journal: Logger;

  constructor(configuration: ConfigurationOffresLba, options: { readonly maintenant: () => number; readonly journal: Logger; readonly fetch?: typeof globalThis.fetch }) {
    this.#maintenant = options.maintenant;
    this.#journal = options.journal;
    const parMinute = configuration.requetesParMinute ?? 60;
    this.#limiteur = new LimiteurDebit(parMinute, 60_000, options.maintenant);
    this.#cache = new CacheMemoireLru({ capacite: configuration.capaciteCache ?? 500, horloge: options.maintenant });
    this.#dureeCacheMs = configuration.dureeCacheMs ?? 10 * 60_000;
    this.#client = creerClientLba({
      jeton: configuration.jeton,
      urlBase: configuration.urlBase ?? URL_LBA,
      delaiMs: configuration.delaiMs ?? 8000,
      tentatives: configuration.tentatives ?? 1,
      attenteMaxMs: configuration.attenteMaxMs ?? 5000,
      // Espacement des départs : le plafond par minute reste la limite ferme.
      requetesParSeconde: Math.max(1, Math.ceil(parMinute / 30)),
      horloge: options.maintenant,
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    });
  }

  /** Nombre de recherches distinctes en cache. */
  get tailleCache(): number {
    return this.#cache.taille;
  }

  /**
   * Page `page` (à partir de 1) de `parPage` offres pour ces critères ; lève une
   * {@link ErreurProbleme} 503 si La bonne alternance ne répond pas utilement.
   */
  async rechercher(criteres: CriteresOffres, page: number, parPage: number): Promise<PageOffres> {
    const offres = await this.#offres(criteres);
    const debut = (page - 1) * parPage;
    return { offres: offres.slice(debut, debut + parPage), total: offres.length, page, parPage };
  }

  async #offres(criteres: CriteresOffres): Promise<readonly Offre[]> {
    const cle = JSON.stringify([criteres.opco ?? null, [...criteres.romes], criteres.departement ?? null, criteres.rayonKm ?? null, criteres.latitude ?? null, criteres.longitude ?? null]);
    const enCache = this.#cache.lire(cle) as readonly Offre[] | undefined;
    if (enCache !== undefined) return enCache;
    const enVol = this.#enVol.get(cle);
    if (enVol !== undefined) return enVol;
    const decision = this.#limiteur.decider("lba");
    if (!decision.accepte) {
      throw new ErreurProbleme(503, "La bonne alternance indisponible", `limite de ${this.#limiteur.limite} recherches par minute vers La bonne alternance atteinte : réessayer dans ${decision.attente} s`, { raison: "debit_source" }, { "retry-after": String(decision.attente) });
    }
    const promesse = this.#appeler(criteres).then((offres) => {
      this.#cache.ecrire(cle, offres, this.#dureeCacheMs);
      return offres;
    });
    this.#enVol.set(cle, promesse);
    try {
      return await promesse;
    } finally {
      this.#enVol.delete(cle);
    }
  }

  async #appeler(criteres: CriteresOffres): Promise<readonly Offre[]> {
    try {
      const resultat = await this.#client.rechercher({
        romes: criteres.romes,
        ...(criteres.opco === undefined ? {} : { opco: criteres.opco }),
        ...(criteres.departement === undefined ? {} : { departements: [criteres.departement] }),
        ...(criteres.rayonKm === undefined ? {} : { rayonKm: criteres.rayonKm }),
        ...(criteres.latitude === undefined || criteres.longitude === undefined ? {} : { latitude: criteres.latitude, longitude: criteres.longitude }),
      });
      return resultat.jobs.map((offre) => masquerOffre(versOffre(offre)));
    } catch (erreur) {
      throw this.#probleme(erreur);
    }
  }

  /** Traduit une erreur du client en problème 503 (raison stable, `Retry-After`) ; jamais de texte brut ni de secret. */
  #probleme(erreur: unknown): unknown {
    if (!(erreur instanceof ErreurReferentiel)) return erreur;
    const statut = erreur instanceof ErreurHttp ? erreur.statut : undefined;
    this.#journal.warn({ source: "La bonne alternance", erreur: erreur._tag, ...(statut === undefined ? {} : { statut }) }, "offres : La bonne alternance indisponible");
    const titre = "La bonne alternance indisponible";
    const probleme = (raison: string, detail: string, attente: number) => new ErreurProbleme(503, titre, detail, { raison }, { "retry-after": String(attente) });
    if (erreur instanceof ErreurHttp) {
      if (erreur.statut === 429) {
        const annonce = Number(erreur.retryAfter);
        const attente = Number.isFinite(annonce) && annonce > 0 ? Math.min(Math.ceil(annonce), 300) : 60;
        return probleme("debit_source", `La bonne alternance limite le débit de ce service : réessayer dans ${attente} s`, attente);
      }
      if (erreur.statut === 401 || erreur.statut === 403) return probleme("jeton_refuse", "La bonne alternance refuse le jeton configuré pour ce service (à vérifier par l'exploitant)", 300);
      if (erreur.statut >= 500) return probleme("erreur_source", `La bonne alternance répond en erreur (HTTP ${erreur.statut})`, 30);
      return probleme("requete_refusee", `La bonne alternance refuse la recherche (HTTP ${erreur.statut})`, 60);
    }
    if (erreur instanceof ErreurDelai) return probleme("delai_source", "La bonne alternance n'a pas répondu dans le délai", 30);
    if (erreur instanceof ErreurReseau) return probleme("source_injoignable", "La bonne alternance est injoignable", 30);
    if (erreur instanceof ErreurSchema) return probleme("reponse_illisible", "La bonne alternance a renvoyé une réponse illisible ou d'un modèle inattendu", 30);
    if (erreur instanceof ErreurSourceCoupee) {
      const attente = Math.max(1, Math.ceil((erreur.jusqua - this.#maintenant()) / 1000));
      return probleme("source_coupee", `La bonne alternance n'est plus appelée pendant ${attente} s après ${erreur.echecs} échecs consécutifs`, attente);
    }
    return probleme("source_indisponible", "La bonne alternance n'a pas pu être interrogée", 30);
  }
}

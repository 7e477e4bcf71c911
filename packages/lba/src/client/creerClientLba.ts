import {
  creerClientHttp,
  ErreurHttp,
  ErreurSchema,
  type ClientHttp,
  type OptionsAppel,
  type OptionsClientReferentiel,
} from "@communs-opco/referentiels";
import { z } from "zod";
import { schemaExportLba, type ExportLba } from "../modeles/schemaExportLba";
import { schemaInformationsPublicationLba, type InformationsPublicationLba } from "../modeles/schemaInformationsPublicationLba";
import { schemaOffreLba, type OffreLba } from "../modeles/schemaOffreLba";
import { schemaOffreLbaEcriture, type SaisieOffreLba } from "../modeles/schemaOffreLbaEcriture";
import { schemaResultatRechercheLba, type ResultatRechercheLba } from "../modeles/schemaResultatRechercheLba";
import type { CriteresRechercheLba } from "./CriteresRechercheLba";
import { ErreurOffreInvalide } from "./ErreurOffreInvalide";
import { libelleOpcoLba } from "./libelleOpcoLba";

/**
 * Configuration du client de l'API partenaires de La bonne alternance.
 *
 * Valeurs par défaut : URL `https://labonnealternance.apprentissage.beta.gouv.fr/api`, délai 10 s
 * par tentative, 2 nouvelles tentatives (408, 413, 429, 5xx, réseau ; `Retry-After` honoré, plafonné
 * à 60 s), 1 requête par seconde (la recherche est limitée à 60 requêtes par minute, la création à
 * 30, l'export à 2), 8 requêtes simultanées, pas de cache.
 *
 * @example
 * ```ts
 * const configuration: ConfigurationClientLba = { jeton: process.env.API_APPRENTISSAGE_JETON ?? "" };
 * ```
 */
export interface ConfigurationClientLba extends OptionsClientReferentiel {
  /** Jeton de l'API Apprentissage (`Authorization: Bearer`). Jamais repris dans une erreur. */
  readonly jeton: string;
  /** @default "https://labonnealternance.apprentissage.beta.gouv.fr/api" */
  readonly urlBase?: string;
  /** @default 1 */
  readonly requetesParSeconde?: number;
}

/**
 * Résultat du téléchargement de l'export : offres conformes au schéma et éléments rejetés
 * (position dans le fichier et écarts) ; `offres.length + rejets.length` = nombre d'éléments.
 *
 * @example
 * ```ts
 * const { offres, rejets } = await client.telechargerExport(await client.exporter());
 * ```
 */
export interface ContenuExportLba {
  readonly offres: readonly OffreLba[];
  readonly rejets: readonly { readonly index: number; readonly problemes: readonly { chemin: string; message: string }[] }[];
  readonly lastUpdate: string;
}

/**
 * Client de l'API partenaires de La bonne alternance (routes v3 : recherche, lecture, publication,
 * modification, état de publication, export).
 *
 * @example
 * ```ts
 * const client = creerClientLba({ jeton });
 * const { jobs, recruiters } = await client.rechercher({ opco: "akto", romes: ["G1602"], departements: ["75"] });
 * ```
 */
export interface ClientLba {
  readonly http: ClientHttp;
  /** `GET /v3/jobs/search` : offres et recruteurs de l'algorithme (150 au plus par source). */
  rechercher(criteres: CriteresRechercheLba, options?: OptionsAppel): Promise<ResultatRechercheLba>;
  /** `GET /v3/jobs/:id` ; `null` si l'offre est inconnue (404). */
  offre(id: string, options?: OptionsAppel): Promise<OffreLba | null>;
  /** `GET /v3/jobs/:id/publishing-informations`. */
  informationsPublication(id: string, options?: OptionsAppel): Promise<InformationsPublicationLba>;
  /** `POST /v3/jobs` (jamais rejoué automatiquement) : contrôle l'offre, la publie et renvoie son identifiant. */
  publier(offre: SaisieOffreLba, options?: OptionsAppel): Promise<string>;
  /** `PUT /v3/jobs/:id` (204) : remplace l'offre (prolongation, statut pourvu ou annulé…). */
  modifier(id: string, offre: SaisieOffreLba, options?: OptionsAppel): Promise<void>;
  /** `GET /v3/jobs/export` : lien temporaire (2 minutes) vers le fichier de toutes les offres. */
  exporter(options?: OptionsAppel): Promise<ExportLba>;
  /**
   * Télécharge le fichier d'export **sans** le jeton (le lien est pré-signé ; sa signature est
   * masquée dans les erreurs) et valide chaque élément séparément.
   */
  telechargerExport(lien: ExportLba, options?: OptionsAppel): Promise<ContenuExportLba>;
}

function signal(options: OptionsAppel | undefined): { signal?: AbortSignal } {
  return options?.signal === undefined ? {} : { signal: options.signal };
}

function parametresRecherche(criteres: CriteresRechercheLba): Record<string, string | number | undefined> {
  if ((criteres.latitude === undefined) !== (criteres.longitude === undefined)) {
    throw new TypeError("rechercher : latitude et longitude vont ensemble");
  }
  if (criteres.rayonKm !== undefined && !(criteres.rayonKm >= 0 && criteres.rayonKm <= 200)) {
    throw new TypeError(`rechercher : rayon hors de 0..200 km (${criteres.rayonKm})`);
  }
  for (const rome of criteres.romes ?? []) {
    if (!/^[A-Z]\d{4}$/.test(rome)) throw new TypeError(`rechercher : code ROME invalide « ${rome} »`);
  }
  let opco: string | undefined;
  if (criteres.opco !== undefined) {
    opco = libelleOpcoLba(criteres.opco);
    if (opco === undefined) throw new TypeError(`rechercher : OPCO inconnu « ${criteres.opco} »`);
  }
  const liste = (valeurs: readonly string[] | undefined): string | undefined =>
    valeurs === undefined || valeurs.length === 0 ? undefined : valeurs.join(",");
  return {
    latitude: criteres.latitude,
    longitude: criteres.longitude,
    radius: criteres.rayonKm,
    romes: liste(criteres.romes),
    rncp: criteres.rncp,
    target_diploma_level: criteres.niveauDiplome,
    departements: liste(criteres.departements),
    opco,
    partners_to_exclude: liste(criteres.partenairesExclus),
    elligibleHandicapFilter: criteres.handicap === undefined ? undefined : String(criteres.handicap),
  };
}

function controler(offre: SaisieOffreLba): z.output<typeof schemaOffreLbaEcriture> {
  const resultat = schemaOffreLbaEcriture.safeParse(offre);
  if (!resultat.success) {
    throw new ErreurOffreInvalide(
      resultat.error.issues.map((probleme) => ({ chemin: probleme.path.map(String).join("."), message: probleme.message })),
    );
  }
  return resultat.data;
}

/**
 * Crée le client de l'API partenaires de La bonne alternance sur le client HTTP commun de
 * `@communs-opco/referentiels` (ky) : réponses validées par zod, nouvelles tentatives sur
 * 408/413/429/5xx en honorant `Retry-After`, limite de débit, annulation par `AbortSignal`, et
 * erreurs typées (`ErreurHttp`, `ErreurReseau`, `ErreurDelai`, `ErreurSchema`, `ErreurAnnulation`)
 * qui ne contiennent jamais le jeton. Les écritures ne sont pas rejouées, sauf `PUT` (idempotent).
 *
 * @example
 * ```ts
 * const client = creerClientLba({ jeton: process.env.API_APPRENTISSAGE_JETON ?? "" });
 * const id = await client.publier({ offer: { title: "Apprenti(e) boulanger(ère)", description: "Fabrication du pain et des viennoiseries au fournil." }, apply: { email: "rh@example.fr" }, workplace: { siret: "42476141900045" } });
 * const etat = await client.informationsPublication(id);
 * ```
 */
export function creerClientLba(configuration: ConfigurationClientLba): ClientLba {
  const http = creerClientHttp({
    ...configuration,
    api: "La bonne alternance",
    urlBase: configuration.urlBase ?? "https://labonnealternance.apprentissage.beta.gouv.fr/api",
    requetesParSeconde: configuration.requetesParSeconde ?? 1,
    entetes: { authorization: `Bearer ${configuration.jeton}` },
    secrets: [configuration.jeton],
    methodesRejouables: ["get", "put"],
  });

  return {
    http,
    async rechercher(criteres, options) {
      return http.demander({
        methode: "get",
        chemin: "v3/jobs/search",
        parametres: parametresRecherche(criteres),
        schema: schemaResultatRechercheLba,
        ...signal(options),
      });
    },
    async offre(id, options) {
      try {
        return await http.demander({ methode: "get", chemin: `v3/jobs/${encodeURIComponent(id)}`, schema: schemaOffreLba, cache: false, ...signal(options) });
      } catch (erreur) {
        if (erreur instanceof ErreurHttp && erreur.statut === 404) return null;
        throw erreur;
      }
    },
    informationsPublication(id, options) {
      return http.demander({
        methode: "get",
        chemin: `v3/jobs/${encodeURIComponent(id)}/publishing-informations`,
        schema: schemaInformationsPublicationLba,
        cache: false,
        ...signal(options),
      });
    },
    async publier(offre, options) {
      const corps = controler(offre);
      const reponse = await http.demander({
        methode: "post",
        chemin: "v3/jobs",
        corps,
        schema: z.object({ id: z.string().min(1) }),
        cache: false,
        ...signal(options),
      });
      return reponse.id;
    },
    async modifier(id, offre, options) {
      const corps = controler(offre);
      try {
        await http.demander({ methode: "put", chemin: `v3/jobs/${encodeURIComponent(id)}`, corps, schema: z.unknown(), cache: false, ...signal(options) });
      } catch (erreur) {
        // 204 sans corps : le client commun exige du JSON ; un succès HTTP sans corps est attendu ici.
        if (erreur instanceof ErreurSchema && erreur.problemes.length === 1 && erreur.problemes[0]?.message === "corps JSON illisible") return;
        throw erreur;
      }
    },
    exporter(options) {
      return http.demander({ methode: "get", chemin: "v3/jobs/export", schema: schemaExportLba, cache: false, ...signal(options) });
    },
    async telechargerExport(lien, options) {
      const url = new URL(lien.url);
      const signature = [...url.searchParams.values()].filter((valeur) => valeur.length >= 4);
      const fichier = url.pathname.slice(url.pathname.lastIndexOf("/") + 1);
      const telechargement = creerClientHttp({
        ...configuration,
        api: "La bonne alternance (export)",
        urlBase: `${url.origin}${url.pathname.slice(0, url.pathname.lastIndexOf("/") + 1)}`,
        secrets: signature,
        requetesParSeconde: configuration.requetesParSeconde ?? 1,
      });
      const elements = await telechargement.demander({
        methode: "get",
        chemin: fichier,
        parametres: Object.fromEntries(url.searchParams),
        schema: z.array(z.unknown()),
        cache: false,
        ...signal(options),
      });
      const offres: OffreLba[] = [];
      const rejets: { index: number; problemes: { chemin: string; message: string }[] }[] = [];
      elements.forEach((element, index) => {
        const resultat = schemaOffreLba.safeParse(element);
        if (resultat.success) offres.push(resultat.data);
        else rejets.push({ index, problemes: resultat.error.issues.map((p) => ({ chemin: p.path.map(String).join("."), message: p.message })) });
      });
      return { offres, rejets, lastUpdate: lien.lastUpdate };
    },
  };
}

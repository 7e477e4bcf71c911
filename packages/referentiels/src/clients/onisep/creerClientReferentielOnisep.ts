import type { OptionsAppel } from "../OptionsAppel";
import { creerClientHttp, type ClientHttp, type OptionsClientReferentiel } from "../creerClientHttp";
import { ErreurHttp } from "../ErreurHttp";
import { schemaOrganismeOnisep, schemaPageOrganismesOnisep, type OrganismeOnisep } from "./schemaOrganismeOnisep";

/**
 * Configuration du client du Référentiel des organismes (ONISEP), sans authentification.
 *
 * @example
 * ```ts
 * const configuration: ConfigurationClientReferentielOnisep = { requetesParSeconde: 5 };
 * ```
 */
export interface ConfigurationClientReferentielOnisep extends OptionsClientReferentiel {
  /** @default "https://referentiel.apprentissage.onisep.fr/api/v1" */
  readonly urlBase?: string;
  /** nginx : 400 requêtes/min par IP. @default 6 */
  readonly requetesParSeconde?: number;
}

/**
 * Filtres de recherche d'organismes (listes séparées par des virgules côté API).
 *
 * @example
 * ```ts
 * const filtres: FiltresOrganismesOnisep = { uais: ["0251750S"], natures: ["responsable_formateur"] };
 * ```
 */
export interface FiltresOrganismesOnisep {
  readonly sirets?: readonly string[];
  readonly uais?: readonly string[];
  readonly natures?: readonly ("responsable" | "formateur" | "responsable_formateur" | "inconnue")[];
  readonly etatAdministratif?: "actif" | "fermé";
  readonly qualiopi?: boolean;
  /** @default 100 */
  readonly itemsParPage?: number;
}

/**
 * Client du Référentiel des organismes (ONISEP).
 *
 * @example
 * ```ts
 * const organisme = await creerClientReferentielOnisep().organisme("77871521900151");
 * ```
 */
export interface ClientReferentielOnisep {
  readonly http: ClientHttp;
  /** `GET /organismes/:siret` ; `null` si « Siret inconnu » (404). */
  organisme(siret: string, options?: OptionsAppel): Promise<OrganismeOnisep | null>;
  /** Parcourt `GET /organismes` page par page (1-based). */
  rechercherOrganismes(filtres?: FiltresOrganismesOnisep, options?: OptionsAppel): AsyncGenerator<OrganismeOnisep[]>;
}

/**
 * Crée le client du Référentiel des organismes (ONISEP) : réponses validées, débit limité
 * (6 requêtes/s par défaut, sous la limite nginx de 400/min), nouvelles tentatives, cache optionnel.
 *
 * @example
 * ```ts
 * const client = creerClientReferentielOnisep({ cache: new CacheMemoireLru() });
 * for await (const page of client.rechercherOrganismes({ uais: ["0251750S"] })) console.log(page);
 * ```
 */
export function creerClientReferentielOnisep(configuration: ConfigurationClientReferentielOnisep = {}): ClientReferentielOnisep {
  const http = creerClientHttp({
    ...configuration,
    api: "Référentiel des organismes (ONISEP)",
    urlBase: configuration.urlBase ?? "https://referentiel.apprentissage.onisep.fr/api/v1",
    requetesParSeconde: configuration.requetesParSeconde ?? 6,
  });
  return {
    http,
    async organisme(siret, options) {
      try {
        return await http.demander({
          methode: "get",
          chemin: `organismes/${encodeURIComponent(siret)}`,
          schema: schemaOrganismeOnisep,
          ...(options?.signal === undefined ? {} : { signal: options.signal }),
        });
      } catch (erreur) {
        if (erreur instanceof ErreurHttp && erreur.statut === 404) return null;
        throw erreur;
      }
    },
    async *rechercherOrganismes(filtres = {}, options) {
      for (let page = 1; ; page++) {
        const reponse = await http.demander({
          methode: "get",
          chemin: "organismes",
          parametres: {
            sirets: filtres.sirets?.join(","),
            uais: filtres.uais?.join(","),
            natures: filtres.natures?.join(","),
            etat_administratif: filtres.etatAdministratif,
            qualiopi: filtres.qualiopi,
            page,
            items_par_page: filtres.itemsParPage ?? 100,
          },
          schema: schemaPageOrganismesOnisep,
          cache: false,
          ...(options?.signal === undefined ? {} : { signal: options.signal }),
        });
        if (reponse.organismes.length > 0) yield reponse.organismes;
        if (reponse.organismes.length === 0 || page >= reponse.pagination.nombre_de_page) return;
      }
    },
  };
}

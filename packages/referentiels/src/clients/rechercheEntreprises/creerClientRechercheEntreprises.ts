import type { OptionsAppel } from "../OptionsAppel";
import { creerClientHttp, type ClientHttp, type OptionsClientReferentiel } from "../creerClientHttp";
import { schemaRechercheEntreprises, type EtablissementEntreprise, type RechercheEntreprises } from "./schemaRechercheEntreprises";

/**
 * Configuration du client de l'API Recherche d'entreprises (publique, sans clé).
 *
 * @example
 * ```ts
 * const configuration: ConfigurationClientRechercheEntreprises = { requetesParSeconde: 5 };
 * ```
 */
export interface ConfigurationClientRechercheEntreprises extends OptionsClientReferentiel {
  /** @default "https://recherche-entreprises.api.gouv.fr" */
  readonly urlBase?: string;
  /** Limite publiée : 7 requêtes/s (429 au-delà). @default 7 */
  readonly requetesParSeconde?: number;
}

/**
 * Client de l'API Recherche d'entreprises.
 *
 * @example
 * ```ts
 * const etablissement = await creerClientRechercheEntreprises().etablissement("77871521900151");
 * ```
 */
export interface ClientRechercheEntreprises {
  readonly http: ClientHttp;
  /** `GET /search?q=` brut. */
  rechercher(q: string, options?: OptionsAppel & { page?: number; parPage?: number }): Promise<RechercheEntreprises>;
  /** Établissement par SIRET (état, NAF, IDCC, tranche d'effectif, adresse) ; `null` si introuvable. */
  etablissement(siret: string, options?: OptionsAppel): Promise<EtablissementEntreprise | null>;
}

/**
 * Crée le client de l'API Recherche d'entreprises : 7 requêtes/s par défaut, réponses validées,
 * nouvelles tentatives honorant `Retry-After`, cache optionnel.
 *
 * @example
 * ```ts
 * const client = creerClientRechercheEntreprises({ cache: new CacheMemoireLru() });
 * const e = await client.etablissement("77871521900151");
 * if (e?.etatAdministratif === "ferme") console.log("établissement fermé");
 * ```
 */
export function creerClientRechercheEntreprises(configuration: ConfigurationClientRechercheEntreprises = {}): ClientRechercheEntreprises {
  const http = creerClientHttp({
    ...configuration,
    api: "Recherche d'entreprises",
    urlBase: configuration.urlBase ?? "https://recherche-entreprises.api.gouv.fr",
    requetesParSeconde: configuration.requetesParSeconde ?? 7,
  });
  const rechercher: ClientRechercheEntreprises["rechercher"] = (q, options) =>
    http.demander({
      methode: "get",
      chemin: "search",
      parametres: { q, page: options?.page ?? 1, per_page: options?.parPage ?? 10 },
      schema: schemaRechercheEntreprises,
      ...(options?.signal === undefined ? {} : { signal: options.signal }),
    });
  return {
    http,
    rechercher,
    async etablissement(siret, options) {
      const reponse = await rechercher(siret, { ...options, parPage: 1 });
      for (const unite of reponse.results) {
        const trouve = [...unite.matching_etablissements, unite.siege].find((e) => e.siret === siret);
        if (trouve === undefined) continue;
        return {
          siret,
          siren: unite.siren,
          nom: unite.nom_complet,
          etatAdministratif: trouve.etat_administratif === "A" ? "actif" : "ferme",
          naf: trouve.activite_principale,
          idcc: (trouve.liste_idcc ?? []).map((idcc) => idcc.padStart(4, "0")),
          trancheEffectif: trouve.tranche_effectif_salarie,
          adresse: trouve.adresse,
          codePostal: trouve.code_postal,
          commune: trouve.commune,
        };
      }
      return null;
    },
  };
}

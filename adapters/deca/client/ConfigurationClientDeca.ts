import type { OptionsClientReferentiel } from "@communs-opco/referentiels";

/**
 * Configuration du client de l'API d'extraction DECA (DGEFP, `opco-echanges.md` §4.1) :
 * URL de base (non publique, fournie avec les identifiants), identifiant et mot de passe HTTP
 * Basic (un couple par produit consommateur), extraction (`extractTBA` par défaut, ou
 * `extractLBA`) et options communes des clients (délai, nouvelles tentatives sur 429/5xx avec
 * `Retry-After`, débit, `fetch`). Valeurs par défaut propres à DECA : 2 requêtes par seconde,
 * 10 minutes par requête (API « très lente »).
 *
 * @example
 * ```ts
 * const c: ConfigurationClientDeca = { urlBase: process.env.URL_DECA ?? "", identifiant: "tba", motDePasse: process.env.MDP_DECA ?? "" };
 * ```
 */
export interface ConfigurationClientDeca extends Omit<OptionsClientReferentiel, "urlBase" | "cache" | "dureeCacheMs"> {
  readonly urlBase: string;
  readonly identifiant: string;
  readonly motDePasse: string;
  readonly extraction?: "extractTBA" | "extractLBA";
}

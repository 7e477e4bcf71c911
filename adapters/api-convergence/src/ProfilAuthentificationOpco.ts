import type { Confiance } from "./CapaciteApiOpco.js";

/**
 * Saveur d'authentification d'un OPCO sur l'API Convergence (`opco-echanges.md` §1.4) :
 * - `scope_api` : OAuth2 `client_credentials` avec `scope=api.read api.write` ;
 * - `azure_ad` : OAuth2 `client_credentials` sur Azure AD
 *   (`login.microsoftonline.com/<tenant>/oauth2/v2.0/token`) — AKTO ;
 * - `oidc_sans_scope` : OIDC `client_credentials` demandé sans `scope` — OPCO EP ;
 * - `dpop` : jeton obtenu avec une preuve DPoP RS256 — AFDAS.
 *
 * @example
 * ```ts
 * const profil: ProfilAuthentificationOpco = { saveur: "oidc_sans_scope", confiance: "F", source: "opco-echanges.md §1.4" };
 * ```
 */
export interface ProfilAuthentificationOpco {
  readonly saveur: "scope_api" | "azure_ad" | "oidc_sans_scope" | "dpop";
  readonly scope?: string;
  readonly confiance: Confiance;
  readonly source: string;
  readonly remarque?: string;
}

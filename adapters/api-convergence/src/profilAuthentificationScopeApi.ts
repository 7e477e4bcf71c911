import type { ProfilAuthentificationOpco } from "./ProfilAuthentificationOpco.js";

/**
 * Profil d'authentification commun de l'API Convergence (§1.4 et §2.2, [F]) : jeton OAuth2
 * `client_credentials` avec le scope `api.read api.write`. Les OPCO qui suivent la norme
 * sans écart le reprennent tel quel ; ceux qui s'en écartent (Azure AD, OIDC sans scope,
 * DPoP) décrivent leur propre profil.
 *
 * @example
 * ```ts
 * export const atlas = definirOpcoApiConvergence({
 *   slug: "atlas", listeRncp: listeRncpAtlas, capacites: capacitesAtlas,
 *   authentification: profilAuthentificationScopeApi,
 * });
 * ```
 */
export const profilAuthentificationScopeApi: ProfilAuthentificationOpco = {
  saveur: "scope_api",
  scope: "api.read api.write",
  confiance: "F",
  source: "opco-echanges.md §1.4 et §2.2",
};

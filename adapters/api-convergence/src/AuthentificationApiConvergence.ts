import type { KeyObject } from "node:crypto";

/**
 * Authentification d'un client API Convergence (`opco-echanges.md` §1.4). L'en-tête
 * `X-API-KEY` est toujours envoyé ; s'y ajoute selon l'OPCO :
 * - `cle_api` : rien de plus ;
 * - `oauth2` : jeton Bearer obtenu en `client_credentials` sur `urlJeton` ; `scope`
 *   absent = requête sans scope (OPCO EP), `api.read api.write` pour la plupart,
 *   `<ressource>/.default` pour Azure AD (AKTO) ;
 * - `dpop` : idem, avec une preuve DPoP (JWT RS256 `typ: dpop+jwt`, `jti`, `htm`, `htu`,
 *   `iat`) signée par `clePrivee` dans l'en-tête `DPoP` de la demande de jeton (AFDAS).
 *
 * @example
 * ```ts
 * const a: AuthentificationApiConvergence = {
 *   type: "oauth2", urlJeton: "https://auth.example/token", clientId: "cfa", clientSecret: "…", scope: "api.read api.write",
 * };
 * ```
 */
export type AuthentificationApiConvergence =
  | { readonly type: "cle_api" }
  | {
      readonly type: "oauth2";
      readonly urlJeton: string;
      readonly clientId: string;
      readonly clientSecret: string;
      readonly scope?: string;
    }
  | {
      readonly type: "dpop";
      readonly urlJeton: string;
      readonly clientId: string;
      readonly clientSecret?: string;
      readonly scope?: string;
      /** Clé privée RSA (objet `KeyObject` ou PEM PKCS#8). */
      readonly clePrivee: KeyObject | string;
    };

import type { KeyObject } from "node:crypto";
import type { OptionsClientApiConvergence } from "./OptionsClientApiConvergence.js";

/**
 * Configuration d'un client propre à un OPCO (`creerClientAkto(config)`…) : celle de
 * {@link OptionsClientApiConvergence} sans l'authentification ni le comportement (fournis
 * par le paquet de l'OPCO), plus les identifiants du point de jeton selon la saveur :
 * `urlJeton`, `clientId`, `clientSecret` ; `tenant` (Azure AD, construit l'URL de jeton
 * si `urlJeton` manque) et `scope` (`<ressource>/.default`) ; `clePrivee` (DPoP) ;
 * `dateCapacites` pour lire la matrice de capacités à une date.
 *
 * @example
 * ```ts
 * const config: ConfigurationClientOpco = {
 *   baseUrl: "https://api.example/ApiEchangeCFA", cleApi, editeur: "MonEditeur", logiciel: "MonERP", version: "3.2.0",
 *   urlJeton: "https://auth.example/token", clientId: "cfa-123", clientSecret,
 * };
 * ```
 */
export interface ConfigurationClientOpco extends Omit<OptionsClientApiConvergence, "authentification" | "comportement" | "opco"> {
  readonly urlJeton?: string;
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly scope?: string;
  readonly tenant?: string;
  readonly clePrivee?: KeyObject | string;
  readonly dateCapacites?: string;
}

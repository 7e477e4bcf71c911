import type { CertificatClient } from "./creerFetchCertificatClient.js";

/**
 * Configuration du client de transport AGECAP (`opco-echanges.md` §4.3) : URL de base,
 * identifiant et mot de passe de `POST authenticate` (HTTP Basic), certificat client du TLS
 * mutuel (P12 et mot de passe), et réglages : nouvelles tentatives (429 en respectant
 * `Retry-After`, 5xx pour l'authentification ; un dépôt n'est rejoué que sur 429 et 503),
 * attente maximale imposée par `Retry-After`, pause fixe entre tentatives, débit (requêtes par
 * seconde), délai par requête.
 *
 * @example
 * ```ts
 * const c: ConfigurationClientAgecap = {
 *   urlBase: "https://agecap.example/api", identifiant: "celia", motDePasse: process.env.MDP_AGECAP ?? "",
 *   certificat: { p12: await readFile("cfa.p12"), motDePasse: process.env.MDP_P12 ?? "" },
 * };
 * ```
 */
export interface ConfigurationClientAgecap {
  readonly urlBase: string;
  readonly identifiant: string;
  readonly motDePasse: string;
  readonly certificat: CertificatClient;
  readonly tentatives?: number;
  readonly attenteMaxMs?: number;
  readonly pauseTentativeMs?: number;
  readonly requetesParSeconde?: number;
  readonly delaiMs?: number;
}

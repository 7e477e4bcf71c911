import type { ClientApiConvergence, ConfigurationClientOpco } from "@communs-opco/adaptateur-api-convergence";
import { opcoMobilites } from "./opcoMobilites.js";

/**
 * Crée un client API Convergence configuré pour OPCO Mobilités : authentification « scope_api »,
 * particularités et matrice de capacités (une capacité absente chez OPCO Mobilités est refusée avec
 * l'erreur `non_pris_en_charge`, sans appel réseau).
 *
 * @example
 * ```ts
 * const client = creerClientOpcoMobilites({
 *   baseUrl: "https://…/ApiEchangeCFA", cleApi, editeur: "MonEditeur", logiciel: "MonERP", version: "3.2.0",
 *   urlJeton, clientId, clientSecret,
 * });
 * for await (const r of client.etatsDossiers({ version: "v1" })) if (r.ok) console.log(r.valeur.etat);
 * ```
 */
export function creerClientOpcoMobilites(config: ConfigurationClientOpco): ClientApiConvergence {
  return opcoMobilites.creerClient(config);
}

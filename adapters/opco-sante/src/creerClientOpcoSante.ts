import type { ClientApiConvergence, ConfigurationClientOpco } from "@communs-opco/adaptateur-api-convergence";
import { opcoSante } from "./opcoSante.js";

/**
 * Crée un client API Convergence configuré pour OPCO Santé : authentification « scope_api »,
 * particularités et matrice de capacités (une capacité absente chez OPCO Santé est refusée avec
 * l'erreur `non_pris_en_charge`, sans appel réseau).
 *
 * @example
 * ```ts
 * const client = creerClientOpcoSante({
 *   baseUrl: "https://…/ApiEchangeCFA", cleApi, editeur: "MonEditeur", logiciel: "MonERP", version: "3.2.0",
 *   urlJeton, clientId, clientSecret,
 * });
 * for await (const r of client.etatsDossiers({ version: "v1" })) if (r.ok) console.log(r.valeur.etat);
 * ```
 */
export function creerClientOpcoSante(config: ConfigurationClientOpco): ClientApiConvergence {
  return opcoSante.creerClient(config);
}

import type { ClientApiConvergence, ConfigurationClientOpco } from "@communs-opco/adaptateur-api-convergence";
import { opco2i } from "./opco2i.js";

/**
 * Crée un client API Convergence configuré pour OPCO 2i : authentification « scope_api »,
 * particularités et matrice de capacités (une capacité absente chez OPCO 2i est refusée avec
 * l'erreur `non_pris_en_charge`, sans appel réseau).
 *
 * @example
 * ```ts
 * const client = creerClientOpco2i({
 *   baseUrl: "https://…/ApiEchangeCFA", cleApi, editeur: "MonEditeur", logiciel: "MonERP", version: "3.2.0",
 *   urlJeton, clientId, clientSecret,
 * });
 * for await (const r of client.etatsDossiers({ version: "v1" })) if (r.ok) console.log(r.valeur.etat);
 * ```
 */
export function creerClientOpco2i(config: ConfigurationClientOpco): ClientApiConvergence {
  return opco2i.creerClient(config);
}

import type { ClientApiConvergence, ConfigurationClientOpco } from "@communs-opco/adaptateur-api-convergence";
import { uniformation } from "./uniformation.js";

/**
 * Crée un client API Convergence configuré pour Uniformation : authentification « scope_api »,
 * particularités et matrice de capacités (une capacité absente chez Uniformation est refusée avec
 * l'erreur `non_pris_en_charge`, sans appel réseau).
 *
 * @example
 * ```ts
 * const client = creerClientUniformation({
 *   baseUrl: "https://…/ApiEchangeCFA", cleApi, editeur: "MonEditeur", logiciel: "MonERP", version: "3.2.0",
 *   urlJeton, clientId, clientSecret,
 * });
 * for await (const r of client.etatsDossiers({ version: "v1" })) if (r.ok) console.log(r.valeur.etat);
 * ```
 */
export function creerClientUniformation(config: ConfigurationClientOpco): ClientApiConvergence {
  return uniformation.creerClient(config);
}

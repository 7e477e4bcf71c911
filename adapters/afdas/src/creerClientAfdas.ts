import type { ClientApiConvergence, ConfigurationClientOpco } from "@communs-opco/adaptateur-api-convergence";
import { afdas } from "./afdas.js";

/**
 * Crée un client API Convergence configuré pour AFDAS : authentification « dpop »,
 * particularités et matrice de capacités (une capacité absente chez AFDAS est refusée avec
 * l'erreur `non_pris_en_charge`, sans appel réseau).
 *
 * @example
 * ```ts
 * const client = creerClientAfdas({
 *   baseUrl: "https://…/ApiEchangeCFA", cleApi, editeur: "MonEditeur", logiciel: "MonERP", version: "3.2.0",
 *   urlJeton, clientId, clientSecret, clePrivee,
 * });
 * for await (const r of client.etatsDossiers({ version: "v1" })) if (r.ok) console.log(r.valeur.etat);
 * ```
 */
export function creerClientAfdas(config: ConfigurationClientOpco): ClientApiConvergence {
  return afdas.creerClient(config);
}

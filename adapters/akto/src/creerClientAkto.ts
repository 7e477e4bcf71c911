import type { ClientApiConvergence, ConfigurationClientOpco } from "@communs-opco/adaptateur-api-convergence";
import { akto } from "./akto.js";

/**
 * Crée un client API Convergence configuré pour AKTO : authentification « azure_ad »,
 * particularités et matrice de capacités (une capacité absente chez AKTO est refusée avec
 * l'erreur `non_pris_en_charge`, sans appel réseau).
 *
 * @example
 * ```ts
 * const client = creerClientAkto({
 *   baseUrl: "https://…/ApiEchangeCFA", cleApi, editeur: "MonEditeur", logiciel: "MonERP", version: "3.2.0",
 *   tenant, clientId, clientSecret, scope: "api://…/.default",
 * });
 * for await (const r of client.etatsDossiers({ version: "v1" })) if (r.ok) console.log(r.valeur.etat);
 * ```
 */
export function creerClientAkto(config: ConfigurationClientOpco): ClientApiConvergence {
  return akto.creerClient(config);
}

import type { ClientApiConvergence, ConfigurationClientOpco } from "@communs-opco/adaptateur-api-convergence";
import { opcoEp } from "./opcoEp.js";

/**
 * Crée un client API Convergence configuré pour OPCO EP : authentification « oidc_sans_scope »,
 * particularités et matrice de capacités (une capacité absente chez OPCO EP est refusée avec
 * l'erreur `non_pris_en_charge`, sans appel réseau).
 *
 * @example
 * ```ts
 * const client = creerClientOpcoEp({
 *   baseUrl: "https://…/ApiEchangeCFA", cleApi, editeur: "MonEditeur", logiciel: "MonERP", version: "3.2.0",
 *   urlJeton, clientId, clientSecret,
 * });
 * for await (const r of client.etatsDossiers({ version: "v1" })) if (r.ok) console.log(r.valeur.etat);
 * ```
 */
export function creerClientOpcoEp(config: ConfigurationClientOpco): ClientApiConvergence {
  return opcoEp.creerClient(config);
}

import { capacitesSelonMatrice, definirOpcoApiConvergence, profilAuthentificationScopeApi, type OpcoApiConvergence } from "@communs-opco/adaptateur-api-convergence";
import { listeRncpOpcoMobilites } from "./listeRncpOpcoMobilites.js";

/**
 * OPCO Mobilités sur l'API Convergence : identité et alias, périmètre IDCC, liste RNCP
 * (`mobilite.csv`), capacités datées au 2026-07-28 (§1.9, [S]),
 * authentification « scope_api » et particularités. Seules les données propres à
 * OPCO Mobilités sont ici ; le code est partagé dans `@communs-opco/adaptateur-api-convergence`.
 *
 * @example
 * ```ts
 * import { opcoMobilites } from "@communs-opco/adaptateur-opco-mobilites";
 * opcoMobilites.capacites.filter((c) => c.disponible).map((c) => c.capacite);
 * ```
 */
export const opcoMobilites: OpcoApiConvergence = definirOpcoApiConvergence({
  slug: "opco-mobilites",
  listeRncp: listeRncpOpcoMobilites,
  capacites: capacitesSelonMatrice({ contrats_v1: "production", contrats_v2: "production", factures: "production", etats_factures: "production", conventions: "production", certificats: "absent" }),
  authentification: profilAuthentificationScopeApi,
});

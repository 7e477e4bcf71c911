import { capacitesSelonMatrice, definirOpcoApiConvergence, profilAuthentificationScopeApi, type OpcoApiConvergence } from "@communs-opco/adaptateur-api-convergence";
import { listeRncpAtlas } from "./listeRncpAtlas.js";

/**
 * ATLAS sur l'API Convergence : identité et alias, périmètre IDCC, liste RNCP
 * (`atlas.csv`), capacités datées au 2026-07-28 (§1.9, [S]),
 * authentification « scope_api » et particularités. Seules les données propres à
 * ATLAS sont ici ; le code est partagé dans `@communs-opco/adaptateur-api-convergence`.
 *
 * @example
 * ```ts
 * import { atlas } from "@communs-opco/adaptateur-atlas";
 * atlas.capacites.filter((c) => c.disponible).map((c) => c.capacite);
 * ```
 */
export const atlas: OpcoApiConvergence = definirOpcoApiConvergence({
  slug: "atlas",
  listeRncp: listeRncpAtlas,
  capacites: capacitesSelonMatrice({ contrats_v1: "production", contrats_v2: "production", factures: "production", etats_factures: "production", conventions: "production", certificats: "absent" }),
  authentification: profilAuthentificationScopeApi,
});

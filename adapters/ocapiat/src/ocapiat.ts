import { capacitesSelonMatrice, definirOpcoApiConvergence, profilAuthentificationScopeApi, type OpcoApiConvergence } from "@communs-opco/adaptateur-api-convergence";
import { listeRncpOcapiat } from "./listeRncpOcapiat.js";

/**
 * OCAPIAT sur l'API Convergence : identité et alias, périmètre IDCC, liste RNCP
 * (`ocapiat.csv`), capacités datées au 2026-07-28 (§1.9, [S]),
 * authentification « scope_api » et particularités. Seules les données propres à
 * OCAPIAT sont ici ; le code est partagé dans `@communs-opco/adaptateur-api-convergence`.
 *
 * @example
 * ```ts
 * import { ocapiat } from "@communs-opco/adaptateur-ocapiat";
 * ocapiat.capacites.filter((c) => c.disponible).map((c) => c.capacite);
 * ```
 */
export const ocapiat: OpcoApiConvergence = definirOpcoApiConvergence({
  slug: "ocapiat",
  listeRncp: listeRncpOcapiat,
  capacites: capacitesSelonMatrice({ contrats_v1: "production", contrats_v2: "production", factures: "production", etats_factures: "production", conventions: "production", certificats: "absent" }),
  authentification: profilAuthentificationScopeApi,
});

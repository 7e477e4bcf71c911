import { capacitesSelonMatrice, definirOpcoApiConvergence, profilAuthentificationScopeApi, type OpcoApiConvergence } from "@communs-opco/adaptateur-api-convergence";

/**
 * Constructys sur l'API Convergence : identité et alias, périmètre IDCC, liste RNCP
 * (aucune transmise), capacités datées au 2026-07-28 (§1.9, [S]),
 * authentification « scope_api » et particularités. Seules les données propres à
 * Constructys sont ici ; le code est partagé dans `@communs-opco/adaptateur-api-convergence`.
 *
 * @example
 * ```ts
 * import { constructys } from "@communs-opco/adaptateur-constructys";
 * constructys.capacites.filter((c) => c.disponible).map((c) => c.capacite);
 * ```
 */
export const constructys: OpcoApiConvergence = definirOpcoApiConvergence({
  slug: "constructys",
  listeRncp: null,
  capacites: capacitesSelonMatrice({ contrats_v1: "production", contrats_v2: "absent", factures: "production", etats_factures: "absent", conventions: "production", certificats: "absent" }),
  authentification: profilAuthentificationScopeApi,
});

import { capacitesSelonMatrice, definirOpcoApiConvergence, profilAuthentificationScopeApi, type OpcoApiConvergence } from "@communs-opco/adaptateur-api-convergence";

/**
 * L'Opcommerce sur l'API Convergence : identité et alias, périmètre IDCC, liste RNCP
 * (aucune transmise), capacités datées au 2026-07-28 (§1.9, [S]),
 * authentification « scope_api » et particularités. Seules les données propres à
 * L'Opcommerce sont ici ; le code est partagé dans `@communs-opco/adaptateur-api-convergence`.
 *
 * @example
 * ```ts
 * import { opcommerce } from "@communs-opco/adaptateur-opcommerce";
 * opcommerce.capacites.filter((c) => c.disponible).map((c) => c.capacite);
 * ```
 */
export const opcommerce: OpcoApiConvergence = definirOpcoApiConvergence({
  slug: "opcommerce",
  listeRncp: null,
  capacites: capacitesSelonMatrice({ contrats_v1: "production", contrats_v2: "production", factures: "production", etats_factures: "production", conventions: "production", certificats: "absent" }),
  authentification: profilAuthentificationScopeApi,
});

import { capacitesSelonMatrice, definirOpcoApiConvergence, profilAuthentificationScopeApi, type OpcoApiConvergence } from "@communs-opco/adaptateur-api-convergence";
import { listeRncpOpco2i } from "./listeRncpOpco2i.js";

/**
 * OPCO 2i sur l'API Convergence : identité et alias, périmètre IDCC, liste RNCP
 * (`2i.csv`), capacités datées au 2026-07-28 (§1.9, [S]),
 * authentification « scope_api » et particularités. Seules les données propres à
 * OPCO 2i sont ici ; le code est partagé dans `@communs-opco/adaptateur-api-convergence`.
 *
 * @example
 * ```ts
 * import { opco2i } from "@communs-opco/adaptateur-opco2i";
 * opco2i.capacites.filter((c) => c.disponible).map((c) => c.capacite);
 * ```
 */
export const opco2i: OpcoApiConvergence = definirOpcoApiConvergence({
  slug: "opco2i",
  listeRncp: listeRncpOpco2i,
  capacites: capacitesSelonMatrice({ contrats_v1: "production", contrats_v2: "absent", factures: "production", etats_factures: "absent", conventions: "production", certificats: "absent" }),
  authentification: profilAuthentificationScopeApi,
});

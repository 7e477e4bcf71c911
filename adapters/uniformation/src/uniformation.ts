import { capacitesSelonMatrice, definirOpcoApiConvergence, profilAuthentificationScopeApi, type OpcoApiConvergence } from "@communs-opco/adaptateur-api-convergence";
import { listeRncpUniformation } from "./listeRncpUniformation.js";

/**
 * Uniformation sur l'API Convergence : identité et alias, périmètre IDCC, liste RNCP
 * (`uniformation.csv`), capacités datées au 2026-07-28 (§1.9, [S]),
 * authentification « scope_api » et particularités. Seules les données propres à
 * Uniformation sont ici ; le code est partagé dans `@communs-opco/adaptateur-api-convergence`.
 *
 * @example
 * ```ts
 * import { uniformation } from "@communs-opco/adaptateur-uniformation";
 * uniformation.capacites.filter((c) => c.disponible).map((c) => c.capacite);
 * ```
 */
export const uniformation: OpcoApiConvergence = definirOpcoApiConvergence({
  slug: "uniformation",
  listeRncp: listeRncpUniformation,
  capacites: capacitesSelonMatrice(
    { contrats_v1: "production", contrats_v2: "absent", factures: "developpement", etats_factures: "absent", conventions: "production", certificats: "absent" },
    {
      factures: { remarque: "API factures en développement." },
    },
  ),
  authentification: profilAuthentificationScopeApi,
  particularites: [
    { description: "API factures en développement", confiance: "S", source: "opco-echanges.md §1.9 et §2.2", priseEnCharge: "capacités factures et etats_factures non disponibles : non_pris_en_charge sans appel réseau" },
  ],
});

import { capacitesSelonMatrice, definirOpcoApiConvergence, type OpcoApiConvergence } from "@communs-opco/adaptateur-api-convergence";
import { listeRncpAkto } from "./listeRncpAkto.js";

/**
 * AKTO sur l'API Convergence : identité et alias, périmètre IDCC, liste RNCP
 * (`akto.csv`), capacités datées au 2026-07-28 (§1.9, [S]),
 * authentification « azure_ad » et particularités. Seules les données propres à
 * AKTO sont ici ; le code est partagé dans `@communs-opco/adaptateur-api-convergence`.
 *
 * @example
 * ```ts
 * import { akto } from "@communs-opco/adaptateur-akto";
 * akto.capacites.filter((c) => c.disponible).map((c) => c.capacite);
 * ```
 */
export const akto: OpcoApiConvergence = definirOpcoApiConvergence({
  slug: "akto",
  listeRncp: listeRncpAkto,
  capacites: capacitesSelonMatrice({ contrats_v1: "production", contrats_v2: "production", factures: "production", etats_factures: "production", conventions: "production", certificats: "absent" }),
  authentification: { saveur: "azure_ad", confiance: "F", remarque: "Azure AD login.microsoftonline.com/<tenant>/oauth2/v2.0/token, client_credentials [F] ; le scope `<ressource>/.default` est propre au CFA [I].", source: "opco-echanges.md §1.4 et §2.2" },
  particularites: [
    { description: "Jeton OAuth2 client_credentials sur Azure AD", confiance: "F", source: "opco-echanges.md §1.4", priseEnCharge: "authentification « azure_ad » : URL construite depuis le tenant" },
  ],
});

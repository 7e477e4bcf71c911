import type { TableCorrespondance } from "@communs-opco/adaptateur";
import { ecrireDateApiConvergence } from "./ecrireDateApiConvergence.js";
import { etatApiConvergence } from "./etatApiConvergence.js";
import { lireDateApiConvergence } from "./lireDateApiConvergence.js";
import { FORMAT_API_CONVERGENCE } from "./tableDossierApiConvergence.js";
import { lireTexteApiConvergence } from "./lireTexteApiConvergence.js";

/**
 * Table d'un élément d'état de dossier (`GET /v1|v2/dossiers/etats`, liste
 * `EtatDossierResult`, `opco-echanges.md` §1.3 et §1.5) : les trois numéros, l'état
 * (`RUPTU` ↔ `ROMPU`), son commentaire et sa date (`dateEtat`, nom [I] : le champ de date
 * n'est pas documenté publiquement).
 *
 * @example
 * ```ts
 * tableEtatDossierApiConvergence.entrees.map((e) => e.source); // ["/numeroInterne", …]
 * ```
 */
export const tableEtatDossierApiConvergence: TableCorrespondance = {
  format: FORMAT_API_CONVERGENCE,
  entrees: [
    { source: "/numeroInterne", standard: "numeroInterne", versStandard: lireTexteApiConvergence },
    { source: "/numeroExterne", standard: "numeroExterne", versStandard: lireTexteApiConvergence },
    { source: "/numeroDeca", standard: "numeroDeca" },
    { source: "/etat", standard: "etat", conversion: "RUPTU ↔ ROMPU", versFormat: etatApiConvergence },
    { source: "/commentaireEtat", standard: "commentaireEtat" },
    {
      source: "/dateEtat",
      standard: "dateEtat",
      conversion: "horodatage ↔ date AAAA-MM-JJ",
      versStandard: lireDateApiConvergence,
      versFormat: (v) => ecrireDateApiConvergence(v),
    },
  ],
  ignores: [],
};

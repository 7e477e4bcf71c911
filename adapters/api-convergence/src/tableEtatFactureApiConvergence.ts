import type { TableCorrespondance } from "@communs-opco/adaptateur";
import { ecrireDateApiConvergence } from "./ecrireDateApiConvergence.js";
import { lireDateApiConvergence } from "./lireDateApiConvergence.js";
import { FORMAT_API_CONVERGENCE } from "./tableDossierApiConvergence.js";
import { lireTexteApiConvergence } from "./lireTexteApiConvergence.js";

/**
 * Table d'un état de facture (`GET /v2/factures/etats`, liste `factures`,
 * `opco-echanges.md` §1.7) vers `factures[0]` du dossier standard : numéro OPCO,
 * référence CFA, montant, état (liste ouverte, seul `REGLE` documenté), virement,
 * date de règlement, commentaire, SIRET du CFA et répartition entre dossiers.
 * `organismeFormation/IBAN` est conservé en extension.
 *
 * @example
 * ```ts
 * tableEtatFactureApiConvergence.entrees.find((e) => e.source === "/etatFacture")?.standard; // "factures.0.etat"
 * ```
 */
export const tableEtatFactureApiConvergence: TableCorrespondance = {
  format: FORMAT_API_CONVERGENCE,
  entrees: [
    { source: "/numeroInterneFacture", standard: "factures.0.numeroInterne", versStandard: lireTexteApiConvergence },
    { source: "/referenceFactureCFA", standard: "factures.0.referenceCfa", versStandard: lireTexteApiConvergence },
    { source: "/montantFacture", standard: "factures.0.montant" },
    { source: "/etatFacture", standard: "factures.0.etat" },
    { source: "/referenceVirement", standard: "factures.0.referenceVirement", versStandard: lireTexteApiConvergence },
    {
      source: "/dateReglement",
      standard: "factures.0.dateReglement",
      conversion: "horodatage ↔ date AAAA-MM-JJ",
      versStandard: lireDateApiConvergence,
      versFormat: (v) => ecrireDateApiConvergence(v),
    },
    { source: "/commentaire", standard: "factures.0.commentaire" },
    { source: "/organismeFormation/siret", standard: "factures.0.siretCfa", versStandard: lireTexteApiConvergence },
    { source: "/dossiers", standard: "factures.0.affectations", conversion: "liste {numeroInterneDossier, numeroExterneDossier, montant} reprise telle quelle" },
  ],
  ignores: [],
};

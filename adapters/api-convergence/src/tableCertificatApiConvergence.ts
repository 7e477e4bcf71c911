import type { TableCorrespondance } from "@communs-opco/adaptateur";
import { ecrireDateApiConvergence } from "./ecrireDateApiConvergence.js";
import type { FormeDate } from "./FormeDate.js";
import { lireDateApiConvergence } from "./lireDateApiConvergence.js";
import { FORMAT_API_CONVERGENCE } from "./tableDossierApiConvergence.js";
import { lireTexteApiConvergence } from "./lireTexteApiConvergence.js";

/**
 * Table du certificat de réalisation (`POST /v2/certificats`, `opco-echanges.md` §1.8,
 * charge utile [S]) vers le dossier standard : dossier, facture et échéance certifiée
 * (`financement.echeances[0]`). `typeCertificat` (Intermediaire | Final), `duree` et
 * `echeancePartielle` sont conservés en extension.
 *
 * @example
 * ```ts
 * tableCertificatApiConvergence().entrees[0]?.standard; // "numeroInterne"
 * ```
 */
export function tableCertificatApiConvergence(formeDate: FormeDate = "Z"): TableCorrespondance {
  const date = (source: string, standard: string) => ({
    source,
    standard,
    conversion: "horodatage ↔ date AAAA-MM-JJ",
    versStandard: lireDateApiConvergence,
    versFormat: (v: unknown) => ecrireDateApiConvergence(v, formeDate),
  });
  return {
    format: FORMAT_API_CONVERGENCE,
    entrees: [
      { source: "/numeroInterneDossier", standard: "numeroInterne", versStandard: lireTexteApiConvergence },
      { source: "/numeroInterneFacture", standard: "factures.0.numeroInterne", versStandard: lireTexteApiConvergence },
      { source: "/echeance/numero", standard: "financement.echeances.0.numero" },
      { source: "/echeance/codification", standard: "financement.echeances.0.codification" },
      date("/echeance/dateDebut", "financement.echeances.0.dateDebut"),
      date("/echeance/dateFin", "financement.echeances.0.dateFin"),
    ],
    ignores: [],
  };
}

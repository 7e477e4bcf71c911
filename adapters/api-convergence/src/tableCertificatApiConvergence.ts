import type { EntreeCorrespondance, TableCorrespondance } from "@communs-opco/adaptateur";
import { ecrireDateApiConvergence } from "./ecrireDateApiConvergence.js";
import type { FormeDate } from "./FormeDate.js";
import { lireDateApiConvergence } from "./lireDateApiConvergence.js";
import { FORMAT_API_CONVERGENCE } from "./tableDossierApiConvergence.js";
import { lireTexteApiConvergence } from "./lireTexteApiConvergence.js";

const TYPES_API: Readonly<Record<string, string>> = { INTERMEDIAIRE: "Intermediaire", FINAL: "Final" };

/**
 * Table du certificat de réalisation (`POST /v2/certificats`, `opco-echanges.md` §1.8,
 * charge utile [S]) vers le dossier standard : type (`Intermediaire` | `Final` ↔
 * `certificats[0].type`), dossier, facture, date et lieu de signature, signataire
 * (`representantLegal {nom, prenom, qualite}`), attestation de conservation des pièces,
 * nature de l'action, SIRET employeur, nom et prénom de l'apprenti, SIRET du CFA, et
 * échéance certifiée (`financement.echeances[0]`, avec `duree` et `echeancePartielle`).
 * Dates dans la forme de l'OPCO (`AAAA-MM-JJ` par défaut, forme des exemples documentés).
 *
 * @example
 * ```ts
 * tableCertificatApiConvergence().entrees[0]?.standard; // "certificats.0.type"
 * ```
 */
export function tableCertificatApiConvergence(formeDate: FormeDate = "date"): TableCorrespondance {
  const date = (source: string, standard: string): EntreeCorrespondance => ({
    source,
    standard,
    conversion: "horodatage ou date ↔ date AAAA-MM-JJ (forme d'écriture propre à l'OPCO)",
    versStandard: lireDateApiConvergence,
    versFormat: (v: unknown) => ecrireDateApiConvergence(v, formeDate),
  });
  return {
    format: FORMAT_API_CONVERGENCE,
    entrees: [
      {
        source: "/typeCertificat",
        standard: "certificats.0.type",
        conversion: "Intermediaire | Final ↔ INTERMEDIAIRE | FINAL",
        versFormat: (v) => (typeof v === "string" ? (TYPES_API[v] ?? v) : v),
      },
      { source: "/numeroInterneDossier", standard: "numeroInterne", versStandard: lireTexteApiConvergence },
      { source: "/numeroInterneFacture", standard: "factures.0.numeroInterne", versStandard: lireTexteApiConvergence },
      date("/dateSignature", "certificats.0.dateSignature"),
      { source: "/lieuSignatureContrat", standard: "certificats.0.lieuSignature" },
      { source: "/representantLegal/nom", standard: "certificats.0.representantLegal.nom" },
      { source: "/representantLegal/prenom", standard: "certificats.0.representantLegal.prenom" },
      { source: "/representantLegal/qualite", standard: "certificats.0.representantLegal.qualite" },
      { source: "/attestationConservationPieces", standard: "certificats.0.attestationConservationPieces" },
      { source: "/natureAction", standard: "certificats.0.natureAction" },
      { source: "/employeur/siret", standard: "contrat.employeur.siret", versStandard: lireTexteApiConvergence },
      { source: "/apprenti/nom", standard: "contrat.apprenti.nom" },
      { source: "/apprenti/prenom", standard: "contrat.apprenti.prenom" },
      { source: "/apprenti/nomUsage", standard: "contrat.apprenti.nomUsage" },
      { source: "/organismeFormation/siret", standard: "contrat.organismeFormation.siret", versStandard: lireTexteApiConvergence },
      { source: "/echeance/numero", standard: "financement.echeances.0.numero" },
      { source: "/echeance/numero", standard: "certificats.0.numeroEcheance" },
      { source: "/echeance/codification", standard: "financement.echeances.0.codification" },
      { source: "/echeance/duree", standard: "financement.echeances.0.duree" },
      date("/echeance/dateDebut", "financement.echeances.0.dateDebut"),
      date("/echeance/dateFin", "financement.echeances.0.dateFin"),
      { source: "/echeance/echeancePartielle", standard: "financement.echeances.0.partielle" },
    ],
    ignores: [],
  };
}

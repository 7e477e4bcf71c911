import type { EntreeCorrespondance, TableCorrespondance } from "@communs-opco/adaptateur";
import { ecrireDateApiConvergence } from "./ecrireDateApiConvergence.js";
import type { FormeDate } from "./FormeDate.js";
import { lireDateApiConvergence } from "./lireDateApiConvergence.js";
import { FORMAT_API_CONVERGENCE } from "./tableDossierApiConvergence.js";
import { lireTexteApiConvergence } from "./lireTexteApiConvergence.js";

/**
 * Champs de coûts de la convention convertis à part vers `financement` (voir
 * {@link lireApiConvergence}) : RQTH par année, repas, nuitées et premier équipement.
 *
 * @example
 * ```ts
 * COUTS_CONVENTION_CONVERTIS.includes("montantRQTHAnnee1"); // true
 * ```
 */
export const COUTS_CONVENTION_CONVERTIS = ["montantRQTHAnnee1", "montantRQTHAnnee2", "nombreRepasTotaux", "nombreHebergementTotaux", "montantPremierEquipement"] as const;

/**
 * Table de la convention de formation (`POST /v1/conventions`, `opco-echanges.md` §1.8,
 * charge utile [S] relevée dans une abstraction tierce) vers le dossier standard. Les
 * coûts RQTH, repas, hébergement et premier équipement sont convertis à part vers
 * `financement` ; `coutTotalPedagogieCFA`, `mentionMobiliteInternationale`,
 * `accompagnementDROM`, `mandatEmployeur`, `dateSignature` et les quatre
 * `attestationConvention*` vont dans `convention`. Le PDF signé est envoyé à part
 * (`POST /v1/documents`). Dates dans la forme de l'OPCO (`AAAA-MM-JJ` par défaut, forme des
 * exemples documentés).
 *
 * @example
 * ```ts
 * tableConventionApiConvergence().entrees.some((e) => e.source === "/organismeFormation/uaiCfa"); // true
 * ```
 */
export function tableConventionApiConvergence(formeDate: FormeDate = "date"): TableCorrespondance {
  const date = (source: string, standard: string): EntreeCorrespondance => ({
    source,
    standard,
    conversion: "horodatage ou date ↔ date AAAA-MM-JJ (forme d'écriture propre à l'OPCO)",
    versStandard: lireDateApiConvergence,
    versFormat: (v) => ecrireDateApiConvergence(v, formeDate),
  });
  return {
    format: FORMAT_API_CONVERGENCE,
    entrees: [
      { source: "/numeroInterneDossier", standard: "numeroInterne", versStandard: lireTexteApiConvergence },
      { source: "/employeur/siret", standard: "contrat.employeur.siret", versStandard: lireTexteApiConvergence },
      { source: "/apprenti/nom", standard: "contrat.apprenti.nom" },
      { source: "/apprenti/prenom", standard: "contrat.apprenti.prenom" },
      { source: "/apprenti/nomUsage", standard: "contrat.apprenti.nomUsage" },
      date("/contrat/dateDebutContrat", "contrat.contrat.dateDebutContrat"),
      date("/contrat/dateFinContrat", "contrat.contrat.dateFinContrat"),
      { source: "/organismeFormation/siret", standard: "contrat.organismeFormation.siret", versStandard: lireTexteApiConvergence },
      { source: "/organismeFormation/uaiCfa", standard: "contrat.organismeFormation.uaiCfa" },
      date("/formation/dateDebutFormation", "contrat.formation.dateDebutFormation"),
      date("/formation/dateFinFormation", "contrat.formation.dateFinFormation"),
      { source: "/formation/dureeFormation", standard: "contrat.formation.dureeFormation" },
      { source: "/formation/rncp", standard: "contrat.formation.rncp" },
      { source: "/formation/intituleQualification", standard: "contrat.formation.intituleQualification" },
      { source: "/couts/coutTotalPedagogieCFA", standard: "convention.coutTotalPedagogieCfa" },
      { source: "/couts/mentionMobiliteInternationale", standard: "convention.mentionMobiliteInternationale" },
      { source: "/couts/accompagnementDROM", standard: "convention.accompagnementDrom" },
      { source: "/mandatEmployeur", standard: "convention.mandatEmployeur" },
      date("/dateSignature", "convention.dateSignature"),
      { source: "/attestationConventionSigneeEntreprise", standard: "convention.attestationSigneeEntreprise" },
      { source: "/attestationConventionSigneeCFA", standard: "convention.attestationSigneeCfa" },
      { source: "/attestationConventionSignatureProbante", standard: "convention.attestationSignatureProbante" },
      { source: "/attestationConventionConformeJSON", standard: "convention.attestationConformeJson" },
    ],
    ignores: COUTS_CONVENTION_CONVERTIS.map((c) => ({ source: `/couts/${c}`, raison: "Converti à part vers financement (majorationsRqth, fraisAnnexes)." })),
  };
}

import { z } from "zod";
import { champBooleen } from "./champs/champBooleen.js";
import { champDate } from "./champs/champDate.js";
import { champNombre } from "./champs/champNombre.js";

/**
 * Convention de formation entre l'employeur et le CFA, telle que la transmet l'API
 * Convergence (`POST /v1/conventions`, `opco-echanges.md` §1.8 [S]) : date de signature,
 * coût total de la pédagogie, mentions de mobilité internationale et d'accompagnement en
 * DROM, mandat de l'employeur au CFA, et les quatre attestations du CFA (convention signée
 * par l'entreprise, par le CFA, signature probante, conformité du JSON au document signé).
 * Les coûts RQTH, repas, nuitées et premier équipement restent dans `financement`.
 *
 * @example
 * ```ts
 * const c: ConventionFormation = {
 *   dateSignature: "2025-08-25", coutTotalPedagogieCfa: 18994, mentionMobiliteInternationale: false,
 *   accompagnementDrom: false, mandatEmployeur: true, attestationSigneeEntreprise: true,
 *   attestationSigneeCfa: true, attestationSignatureProbante: true, attestationConformeJson: true,
 * };
 * schemaConventionFormation.parse(c);
 * ```
 */
export const schemaConventionFormation = z
  .strictObject({
    dateSignature: champDate("Date de signature de la convention de formation").optional(),
    coutTotalPedagogieCfa: champNombre("Coût total de la pédagogie du CFA pour le contrat (€)", { min: 0 }).optional(),
    mentionMobiliteInternationale: champBooleen("La convention mentionne une période de mobilité internationale ou européenne").optional(),
    accompagnementDrom: champBooleen("Accompagnement spécifique en département ou région d'outre-mer").optional(),
    mandatEmployeur: champBooleen("L'employeur mandate le CFA pour transmettre le contrat à l'OPCO").optional(),
    attestationSigneeEntreprise: champBooleen("Le CFA atteste que la convention est signée par l'entreprise").optional(),
    attestationSigneeCfa: champBooleen("Le CFA atteste que la convention est signée par le CFA").optional(),
    attestationSignatureProbante: champBooleen("Le CFA atteste que la signature a une valeur probante").optional(),
    attestationConformeJson: champBooleen("Le CFA atteste que les données transmises sont conformes à la convention signée").optional(),
  })
  .meta({ title: "ConventionFormation", description: "Convention de formation employeur-CFA (dépôt API Convergence)" });

/** Convention de formation (voir {@link schemaConventionFormation}). @example `const c: ConventionFormation = { mandatEmployeur: true };` */
export type ConventionFormation = z.infer<typeof schemaConventionFormation>;

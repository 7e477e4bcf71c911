import { z } from "zod";
import { schemaAdresse } from "./adresse.js";
import { champBooleen } from "./champs/champBooleen.js";
import { champTexte } from "./champs/champTexte.js";

/**
 * CFA responsable du contrat (`contrat.md` §2.6), au chemin `organismeFormation` :
 * l'organisme qui signe la convention de formation et facture l'OPCO.
 *
 * @example
 * ```ts
 * const cfa: OrganismeFormationContrat = { siret: "19690000000014", uaiCfa: "0693446W", denomination: "CFA des métiers" };
 * schemaOrganismeFormationContrat.parse(cfa);
 * ```
 */
export const schemaOrganismeFormationContrat = z
  .strictObject({
    formationInterne: champBooleen("CFA d'entreprise").optional(),
    siret: champTexte("SIRET du CFA responsable", { sansEspaces: true }).optional(),
    uaiCfa: champTexte("UAI du CFA responsable (7 chiffres + lettre clé)", { majuscules: true, sansEspaces: true }).optional(),
    denomination: champTexte("Dénomination du CFA responsable").optional(),
    adresse: schemaAdresse.optional(),
    visaCfa: champBooleen("Visa du CFA ([Pub])").optional(),
  })
  .meta({ title: "OrganismeFormationContrat", description: "CFA responsable (CERFA FA13, cadre « La formation »)" });

/** CFA responsable (voir {@link schemaOrganismeFormationContrat}). @example `const o: OrganismeFormationContrat = { uaiCfa: "0693446W" };` */
export type OrganismeFormationContrat = z.infer<typeof schemaOrganismeFormationContrat>;

import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/** Régime de la taxe sur les salaires pour la rémunération des apprentis. */
export interface TaxeSalairesApprenti {
  /** Part de la rémunération de l'apprenti non imposable, en % du SMIC (11). */
  abattementPourcentageSmic: number;
  /** Effectif au plus duquel l'employeur est exonéré pour ses apprentis (10 salariés). */
  effectifMaximumExoneration: number;
}

/**
 * Taxe sur les salaires (CGI art. 231 bis I) : la part de la rémunération de l'apprenti égale à
 * 11 % du SMIC n'est pas imposable ; les employeurs de 10 salariés au plus en sont exonérés pour
 * leurs apprentis.
 *
 * @example
 * ```ts
 * import { taxeSalairesApprenti, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(taxeSalairesApprenti, "2026-09-01")?.valeur.abattementPourcentageSmic; // 11
 * ```
 */
export const taxeSalairesApprenti: Parametre<TaxeSalairesApprenti> = {
  id: "apprentissage.taxe_salaires",
  titre: "Taxe sur les salaires des apprentis",
  description:
    "Part non imposable de la rémunération de l'apprenti (en % du SMIC) et effectif maximal de l'employeur exonéré.",
  unite: "% du SMIC / salariés",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: { abattementPourcentageSmic: 11, effectifMaximumExoneration: 10 },
      references: [articleCode("impots", "231 bis I")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Spécification du projet La date d'effet est le début de la période couverte par le paquet, pas l'entrée en vigueur du texte (à vérifier). ${verificationSpecification.mention}`,
    },
  ],
};

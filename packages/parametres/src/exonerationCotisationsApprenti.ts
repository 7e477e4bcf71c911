import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { texteJournalOfficiel } from "./texteJournalOfficiel";
import { verificationSpecification } from "./verificationSpecification";

/** Exonération des cotisations salariales de l'apprenti, selon la date de conclusion du contrat. */
export interface ExonerationCotisationsApprenti {
  /** Plafond de l'exonération des cotisations salariales, en % du SMIC du mois payé. */
  plafondPourcentageSmic: number;
  /** `true` quand la part de rémunération au-delà du plafond est soumise à la CSG et à la CRDS. */
  csgCrdsAuDelaDuPlafond: boolean;
}

/**
 * Exonération des cotisations salariales des apprentis, par date de **conclusion** du contrat (le
 * SMIC utilisé est celui du mois payé) : contrats conclus avant le 01/03/2025, exonération jusqu'à
 * 79 % du SMIC et rémunération entièrement hors CSG/CRDS ; contrats conclus à partir du
 * 01/03/2025, plafond de 50 % du SMIC, la part au-delà étant soumise aux cotisations salariales et
 * à la CSG/CRDS.
 *
 * @example
 * ```ts
 * import { exonerationCotisationsApprenti, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(exonerationCotisationsApprenti, "2025-02-28")?.valeur.plafondPourcentageSmic; // 79
 * valeurParametre(exonerationCotisationsApprenti, "2025-03-01")?.valeur.plafondPourcentageSmic; // 50
 * ```
 */
export const exonerationCotisationsApprenti: Parametre<ExonerationCotisationsApprenti> = {
  id: "apprentissage.cotisations.exoneration",
  titre: "Exonération des cotisations salariales de l'apprenti",
  description:
    "Plafond, en pourcentage du SMIC du mois, de l'exonération des cotisations salariales de l'apprenti et assujettissement à la CSG/CRDS au-delà, selon la date de conclusion du contrat.",
  unite: "% du SMIC",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: { plafondPourcentageSmic: 79, csgCrdsAuDelaDuPlafond: false },
      references: [
        articleCode("travail", "L6243-2", "(rédaction antérieure à la loi n° 2025-199)"),
        articleCode("travail", "D6243-5", "(rédaction antérieure au décret n° 2025-290)"),
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Spécification du projet (ancienne rédaction). Date de début de la série (régime issu de la loi n° 2018-771) à vérifier. ${verificationSpecification.mention}`,
    },
    {
      dateEffet: "2025-03-01",
      valeur: { plafondPourcentageSmic: 50, csgCrdsAuDelaDuPlafond: true },
      references: [
        texteJournalOfficiel(
          "loi",
          "2025-02-28",
          "2025-199",
          "Loi n° 2025-199 du 28 février 2025 de financement de la sécurité sociale pour 2025, articles 22 (CSS L136-1-1) et 23 (C. trav. L6243-2)",
        ),
        texteJournalOfficiel(
          "decret",
          "2025-03-28",
          "2025-290",
          "Décret n° 2025-290 du 28 mars 2025 (C. trav. D6243-5), rétroactif au 01/03/2025",
        ),
        articleCode("securiteSociale", "L136-1-1"),
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "verifie",
      notes: `Spécification du projet ; mis en œuvre dans mon-entreprise (apprentissage.publicodes). S'applique aux contrats conclus à partir du 01/03/2025. ${verificationSpecification.mention}`,
    },
  ],
};

import type { Parametre } from "./Parametre";
import { texteJournalOfficiel } from "./texteJournalOfficiel";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Aide au financement du permis de conduire B des apprentis : 500 € à partir du 03/01/2019 ;
 * 0 € à partir du 01/01/2026 selon OpenFisca-France, qui cite le projet de loi de finances 2026
 * (à vérifier contre la loi de finances définitive).
 *
 * @example
 * ```ts
 * import { aidePermisConduireApprenti, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(aidePermisConduireApprenti, "2025-12-31")?.valeur; // 500
 * ```
 */
export const aidePermisConduireApprenti: Parametre<number> = {
  id: "apprentissage.aide.permis_conduire",
  titre: "Aide au permis de conduire des apprentis",
  description: "Montant de l'aide forfaitaire au financement du permis de conduire B versée à l'apprenti.",
  unite: "EUR",
  valeurs: [
    {
      dateEffet: "2019-01-03",
      valeur: 500,
      references: [
        texteJournalOfficiel(
          "decret",
          "2019-01-03",
          "2019-1",
          "Décret n° 2019-1 du 3 janvier 2019 relatif à l'aide au financement du permis de conduire pour les apprentis",
        ),
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Spécification du projet, marquée « to verify ». ${verificationSpecification.mention}`,
    },
    {
      dateEffet: "2026-01-01",
      valeur: 0,
      references: [
        {
          titre: "OpenFisca-France, paramètre de l'aide au permis des apprentis (cite le projet de loi de finances pour 2026)",
          url: "https://github.com/openfisca/openfisca-france",
        },
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Suppression citée d'après un projet de loi (PLF 2026), à vérifier contre la loi de finances 2026 définitive avant tout usage par défaut. ${verificationSpecification.mention}`,
    },
  ],
};

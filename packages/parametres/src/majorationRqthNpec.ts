import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/** Plafond de la majoration du financement pour un apprenti en situation de handicap (RQTH). */
export interface MajorationRqthNpec {
  /** `pourcentage_npec` : plafond en % du NPEC ; `montant_par_annee` : plafond en euros par année d'exécution. */
  nature: "pourcentage_npec" | "montant_par_annee";
  /** Valeur du plafond (50 pour +50 % du NPEC ; 4000 pour 4 000 € par année d'exécution). */
  plafond: number;
}

/**
 * Majoration RQTH du niveau de prise en charge : jusqu'à +50 % du NPEC pour les contrats antérieurs
 * à 2021, puis jusqu'à 4 000 € par année d'exécution pour les contrats conclus à partir du
 * 01/01/2021 (référentiel de six modules, arrêté du 7 décembre 2020).
 *
 * @example
 * ```ts
 * import { majorationRqthNpec, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(majorationRqthNpec, "2021-01-01")?.valeur; // { nature: "montant_par_annee", plafond: 4000 }
 * ```
 */
export const majorationRqthNpec: Parametre<MajorationRqthNpec> = {
  id: "apprentissage.npec.majoration_rqth",
  titre: "Plafond de la majoration RQTH du NPEC",
  description:
    "Majoration maximale du financement d'un contrat dont l'apprenti a une reconnaissance de la qualité de travailleur handicapé, par date de conclusion du contrat.",
  unite: "% du NPEC ou EUR/année d'exécution",
  valeurs: [
    {
      dateEffet: "2020-01-01",
      valeur: { nature: "pourcentage_npec", plafond: 50 },
      references: [articleCode("travail", "D6332-83", "et articles voisins (prise en charge des contrats d'apprentissage par les OPCO ; article exact à vérifier)")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `« Before 2021: up to +50 % of the NPEC »  ; date de début et article à vérifier. ${verificationSpecification.mention}`,
    },
    {
      dateEffet: "2021-01-01",
      valeur: { nature: "montant_par_annee", plafond: 4000 },
      references: [
        {
          titre:
            "Arrêté du 7 décembre 2020 relatif à la majoration du niveau de prise en charge des contrats d'apprentissage pour les apprentis reconnus travailleurs handicapés",
          identifiant: "JORFTEXT000042658091",
          url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000042658091",
        },
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "verifie",
      notes: `Spécification du projet (décret n° 2020-1450 et arrêté du 7 décembre 2020). Pas de proratisation quand la RQTH est déclarée en cours de contrat, demande avant le 10e mois (pratique OCAPIAT, non encodée). ${verificationSpecification.mention}`,
    },
  ],
};

import type { BaremeRemunerationApprenti, BaseRemunerationApprenti, TauxMinimalApprenti } from "./BaremeRemunerationApprenti";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

const TRANCHES: BaremeRemunerationApprenti["tranches"] = [
  { tranche: "moins_de_18_ans", ageMinimum: 0, ageMaximum: 17 },
  { tranche: "18_20_ans", ageMinimum: 18, ageMaximum: 20 },
  { tranche: "21_25_ans", ageMinimum: 21, ageMaximum: 25 },
  { tranche: "26_ans_et_plus", ageMinimum: 26, ageMaximum: null },
];

/** Trois taux légaux (années 1 à 3) ; la 4e année reprend le taux de la 3e. */
function ligne(
  base: BaseRemunerationApprenti,
  annee1: number,
  annee2: number,
  annee3: number,
): readonly [TauxMinimalApprenti, TauxMinimalApprenti, TauxMinimalApprenti, TauxMinimalApprenti] {
  return [
    { pourcentage: annee1, base },
    { pourcentage: annee2, base },
    { pourcentage: annee3, base },
    { pourcentage: annee3, base },
  ];
}

/**
 * Grille minimale de rémunération des apprentis (C. trav. D6222-26), en pourcentage du SMIC ou,
 * à partir de 21 ans, du plus élevé du SMIC et du salaire minimum conventionnel (SMC) :
 *
 * - avant le 01/01/2019 (ancien D6222-26, historique) : moins de 18 ans 25/37/53 %, 18-20 ans
 *   41/49/65 %, 21 ans et plus 53/61/78 % ;
 * - à partir du 01/01/2019 (décret n° 2018-1347) : moins de 18 ans 27/39/55 %, 18-20 ans
 *   43/51/67 %, 21-25 ans 53/61/78 % (base SMIC ou SMC si supérieur), 26 ans et plus 100 %
 *   (base SMIC ou SMC si supérieur).
 *
 * La date de consultation est la date de conclusion du contrat (la grille d'un contrat conclu avant
 * 2019 reste l'ancienne). La structure est décrite par `BaremeRemunerationApprenti`.
 *
 * @example
 * ```ts
 * import { grilleRemunerationApprenti, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(grilleRemunerationApprenti, "2018-12-31")?.valeur.taux["moins_de_18_ans"][0].pourcentage; // 25
 * valeurParametre(grilleRemunerationApprenti, "2019-01-01")?.valeur.taux["moins_de_18_ans"][0].pourcentage; // 27
 * ```
 */
export const grilleRemunerationApprenti: Parametre<BaremeRemunerationApprenti> = {
  id: "apprentissage.remuneration.grille",
  titre: "Grille minimale de rémunération des apprentis",
  description:
    "Pourcentage minimal du SMIC (ou du SMC s'il est supérieur, à partir de 21 ans) dû à l'apprenti selon sa tranche d'âge et l'année d'exécution du contrat. Le changement de tranche prend effet le 1er jour du mois suivant l'anniversaire.",
  unite: "% de la base",
  valeurs: [
    {
      dateEffet: "2008-05-01",
      valeur: {
        tranches: TRANCHES,
        taux: {
          moins_de_18_ans: ligne("smic", 25, 37, 53),
          "18_20_ans": ligne("smic", 41, 49, 65),
          "21_25_ans": ligne("smic_ou_smc_si_superieur", 53, 61, 78),
          "26_ans_et_plus": ligne("smic_ou_smc_si_superieur", 53, 61, 78),
        },
        nombreAnneesLegales: 3,
      },
      references: [
        {
          titre:
            "Code du travail, article D6222-26 dans sa rédaction issue du décret n° 2008-244 du 7 mars 2008 (partie réglementaire du code), antérieure au décret n° 2018-1347",
          url: "https://www.legifrance.gouv.fr/eli/decret/2008/3/7/2008-244/jo/texte",
        },
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes:
        "Grille historique (tableau de la spécification, « 21 ans et plus » : les tranches 21-25 et 26+ y ont les mêmes taux). Date d'effet retenue : entrée en vigueur de la partie réglementaire recodifiée (01/05/2008) ; les contrats plus anciens (ancien article D117-1) ne sont pas couverts. Cette date et la base SMC pour les 21 ans et plus sont à vérifier ; les majorations de l'ancien régime (diplôme supplémentaire, contrats successifs) ne figurent pas dans la spécification et ne sont pas encodées. " +
        verificationSpecification.mention,
    },
    {
      dateEffet: "2019-01-01",
      valeur: {
        tranches: TRANCHES,
        taux: {
          moins_de_18_ans: ligne("smic", 27, 39, 55),
          "18_20_ans": ligne("smic", 43, 51, 67),
          "21_25_ans": ligne("smic_ou_smc_si_superieur", 53, 61, 78),
          "26_ans_et_plus": ligne("smic_ou_smc_si_superieur", 100, 100, 100),
        },
        nombreAnneesLegales: 3,
      },
      references: [
        {
          titre: "Code du travail, article D6222-26",
          identifiant: "LEGIARTI000037542834",
          url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037542834",
        },
        {
          titre: "Décret n° 2018-1347 du 28 décembre 2018 relatif à la rémunération des apprentis",
          url: "https://www.legifrance.gouv.fr/eli/decret/2018/12/28/2018-1347/jo/texte",
        },
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "verifie",
      notes:
        "La 4e année et au-delà (contrats de 4 ans) reprend les taux de la 3e année ; pour un apprenti RQTH, ces années d'allongement sont majorées de 15 points (paramètre distinct « apprentissage.remuneration.majoration_rqth_prolongation », R6222-48). Le cas des moins de 16 ans est cité en D6222-27 (à vérifier). Identifiant LEGIARTI de l'article repris du squelette du projet. " +
        verificationSpecification.mention,
    },
  ],
};

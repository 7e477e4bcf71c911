import { articleCode } from "./articleCode";
import type { Parametre, ReferenceJuridique } from "./Parametre";
import { texteJournalOfficiel } from "./texteJournalOfficiel";
import { verificationSpecification } from "./verificationSpecification";

/** Tranche d'effectif de l'entreprise pour l'aide à l'embauche. */
export type EffectifAideEmbauche = "moins_de_250" | "250_et_plus" | "tous";

/** Un cas d'éligibilité de l'aide à l'embauche et ses montants. */
export interface CasAideEmbaucheApprenti {
  effectif: EffectifAideEmbauche;
  /** Niveau minimal (cadre national des certifications, 3 à 8) du diplôme préparé ; `null` sans minimum. */
  niveauDiplomeMinimum: number | null;
  /** Niveau maximal du diplôme préparé ; `null` sans maximum. */
  niveauDiplomeMaximum: number | null;
  /** `true` : cas réservé aux apprentis RQTH ; `null` : sans condition de handicap. */
  apprentiRqth: true | null;
  /** Âge minimal de l'apprenti (années révolues) ; `null` sans condition. */
  ageApprentiMinimum: number | null;
  /** Âge maximal de l'apprenti (années révolues) ; `null` sans condition. */
  ageApprentiMaximum: number | null;
  /** Montant par année d'exécution, indice 0 = 1re année ; une seule valeur quand l'aide ne porte que sur la 1re année. */
  montantsParAnneeExecution: readonly number[];
  /** Condition complémentaire en clair (quota d'alternants, outre-mer…). */
  condition?: string;
}

/** Régime d'aide à l'embauche applicable aux contrats conclus à partir d'une date. */
export interface AideEmbaucheApprenti {
  dispositif: "aide_unique" | "aide_exceptionnelle";
  /** Cas d'éligibilité ; un cas RQTH prime sur les cas généraux quand l'apprenti a une RQTH. */
  cas: readonly CasAideEmbaucheApprenti[];
  /** Le contrat doit commencer avant cette date (`AAAA-MM-JJ`, exclue) ; `null` sans condition. */
  debutExecutionAvant: string | null;
}

const sansCondition = {
  niveauDiplomeMinimum: null,
  niveauDiplomeMaximum: null,
  apprentiRqth: null,
  ageApprentiMinimum: null,
  ageApprentiMaximum: null,
} as const;

const DECRET_2025_174: ReferenceJuridique = texteJournalOfficiel(
  "decret",
  "2025-02-22",
  "2025-174",
  "Décret n° 2025-174 du 22 février 2025 relatif à l'aide aux employeurs d'apprentis",
);

/**
 * Aide à l'embauche d'apprentis versée par l'ASP, par date de **conclusion** du contrat : aide
 * unique 2019 (4 125 / 2 000 / 1 200 / 1 200 €), aide exceptionnelle 2020-2022 (5 000 € mineur,
 * 8 000 € majeur), 6 000 € en 2023-2024, régimes 2025 (décret n° 2025-174), aide unique de début
 * 2026, puis barème par effectif et niveau du décret n° 2026-168 à partir du 08/03/2026.
 *
 * @example
 * ```ts
 * import { aideEmbaucheApprenti, valeurParametre } from "@communs-opco/parametres";
 * const regime = valeurParametre(aideEmbaucheApprenti, "2026-03-08")!.valeur;
 * regime.cas.find((c) => c.effectif === "moins_de_250" && c.niveauDiplomeMinimum === 5)?.montantsParAnneeExecution; // [4500]
 * ```
 */
export const aideEmbaucheApprenti: Parametre<AideEmbaucheApprenti> = {
  id: "apprentissage.aide.embauche",
  titre: "Aide à l'embauche d'apprentis",
  description:
    "Montants de l'aide de l'État à l'employeur d'un apprenti, par date de conclusion du contrat, effectif de l'entreprise, niveau du diplôme préparé et situation de l'apprenti (RQTH, âge).",
  unite: "EUR par année d'exécution",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: {
        dispositif: "aide_unique",
        cas: [
          { ...sansCondition, effectif: "moins_de_250", niveauDiplomeMaximum: 4, montantsParAnneeExecution: [4125, 2000, 1200, 1200] },
        ],
        debutExecutionAvant: null,
      },
      references: [
        texteJournalOfficiel(
          "decret",
          "2018-12-28",
          "2018-1348",
          "Décret n° 2018-1348 du 28 décembre 2018 relatif à l'aide unique aux employeurs d'apprentis",
        ),
        articleCode("travail", "L6243-1"),
        articleCode("travail", "D6243-2"),
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Spécification du projet (sources secondaires, « to verify »). ${verificationSpecification.mention}`,
    },
    {
      dateEffet: "2020-07-01",
      valeur: {
        dispositif: "aide_exceptionnelle",
        cas: [
          {
            ...sansCondition,
            effectif: "tous",
            niveauDiplomeMaximum: 7,
            ageApprentiMaximum: 17,
            montantsParAnneeExecution: [5000],
            condition: "Entreprises de 250 salariés et plus : quota d'alternants.",
          },
          {
            ...sansCondition,
            effectif: "tous",
            niveauDiplomeMaximum: 7,
            ageApprentiMinimum: 18,
            montantsParAnneeExecution: [8000],
            condition: "Entreprises de 250 salariés et plus : quota d'alternants.",
          },
        ],
        debutExecutionAvant: null,
      },
      references: [
        {
          titre: "Décrets n° 2021-223 et n° 2021-224 du 26 février 2021 (prolongations de l'aide exceptionnelle)",
          identifiant: "JORFTEXT000043189519",
          url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000043189519",
        },
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Spécification du projet : du 01/07/2020 au 31/12/2022 avec prolongations successives ; diplômes jusqu'à la licence puis au master (niveau maximal 7 retenu pour toute la période, à affiner) ; premier décret d'août 2020 (numéro à vérifier). ${verificationSpecification.mention}`,
    },
    {
      dateEffet: "2023-01-01",
      valeur: {
        dispositif: "aide_exceptionnelle",
        cas: [
          {
            ...sansCondition,
            effectif: "tous",
            niveauDiplomeMaximum: 7,
            montantsParAnneeExecution: [6000],
            condition: "Entreprises de 250 salariés et plus : sous conditions.",
          },
        ],
        debutExecutionAvant: null,
      },
      references: [
        texteJournalOfficiel(
          "decret",
          "2022-12-29",
          "2022-1714",
          "Décret n° 2022-1714 du 29 décembre 2022 relatif à l'aide aux employeurs d'apprentis",
        ),
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Spécification du projet (2023-01-01 → 2024-12-31, « to verify »). ${verificationSpecification.mention}`,
    },
    {
      dateEffet: "2025-01-01",
      valeur: {
        dispositif: "aide_unique",
        cas: [{ ...sansCondition, effectif: "moins_de_250", niveauDiplomeMaximum: 4, montantsParAnneeExecution: [6000] }],
        debutExecutionAvant: null,
      },
      references: [DECRET_2025_174],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Spécification du projet : annonce ministérielle pour les contrats du 01/01/2025 au 23/02/2025, régularisée par le décret n° 2025-174 (« to verify »). ${verificationSpecification.mention}`,
    },
    {
      dateEffet: "2025-02-24",
      valeur: {
        dispositif: "aide_exceptionnelle",
        cas: [
          { ...sansCondition, effectif: "moins_de_250", niveauDiplomeMaximum: 7, montantsParAnneeExecution: [5000] },
          {
            ...sansCondition,
            effectif: "250_et_plus",
            niveauDiplomeMaximum: 7,
            montantsParAnneeExecution: [2000],
            condition: "Quota de 5 % d'alternants.",
          },
          { ...sansCondition, effectif: "tous", apprentiRqth: true, montantsParAnneeExecution: [6000] },
        ],
        debutExecutionAvant: null,
      },
      references: [DECRET_2025_174],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "verifie",
      notes: `Spécification du projet (vérifié dans une base de règles). Du 01/11/2025, premier et dernier mois proratisés au jour (décret du 31/10/2025, D6243-2), non encodé ici. ${verificationSpecification.mention}`,
    },
    {
      dateEffet: "2026-01-01",
      valeur: {
        dispositif: "aide_unique",
        cas: [
          {
            ...sansCondition,
            effectif: "moins_de_250",
            niveauDiplomeMinimum: 3,
            niveauDiplomeMaximum: 4,
            montantsParAnneeExecution: [5000],
            condition: "Niveau 5 également éligible dans les territoires d'outre-mer.",
          },
          { ...sansCondition, effectif: "moins_de_250", apprentiRqth: true, montantsParAnneeExecution: [6000] },
        ],
        debutExecutionAvant: null,
      },
      references: [
        articleCode("travail", "L6243-1"),
        articleCode("travail", "D6243-2"),
        { titre: "Service-public.fr, actualité A17983 (communiqué ministériel de décembre 2025)", url: "https://entreprendre.service-public.gouv.fr/actualites/A17983" },
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Spécification du projet (2026-01-01 → 2026-03-07, pas d'aide exceptionnelle). À vérifier : mon-entreprise accorde 5 000 € aux moins de 250 salariés à tout niveau sauf 8 ; l'éligibilité RQTH hors moins de 250 salariés n'est pas précisée. ${verificationSpecification.mention}`,
    },
    {
      dateEffet: "2026-03-08",
      valeur: {
        dispositif: "aide_exceptionnelle",
        cas: [
          { ...sansCondition, effectif: "moins_de_250", niveauDiplomeMinimum: 3, niveauDiplomeMaximum: 4, montantsParAnneeExecution: [5000] },
          { ...sansCondition, effectif: "moins_de_250", niveauDiplomeMinimum: 5, niveauDiplomeMaximum: 5, montantsParAnneeExecution: [4500] },
          { ...sansCondition, effectif: "moins_de_250", niveauDiplomeMinimum: 6, niveauDiplomeMaximum: 7, montantsParAnneeExecution: [2000] },
          {
            ...sansCondition,
            effectif: "250_et_plus",
            niveauDiplomeMinimum: 3,
            niveauDiplomeMaximum: 4,
            montantsParAnneeExecution: [2000],
            condition: "Quota d'alternants de 5 % (ou variante à 3 %).",
          },
          {
            ...sansCondition,
            effectif: "250_et_plus",
            niveauDiplomeMinimum: 5,
            niveauDiplomeMaximum: 5,
            montantsParAnneeExecution: [1500],
            condition: "Quota d'alternants de 5 % (ou variante à 3 %).",
          },
          {
            ...sansCondition,
            effectif: "250_et_plus",
            niveauDiplomeMinimum: 6,
            niveauDiplomeMaximum: 7,
            montantsParAnneeExecution: [750],
            condition: "Quota d'alternants de 5 % (ou variante à 3 %).",
          },
          { ...sansCondition, effectif: "tous", niveauDiplomeMaximum: 7, apprentiRqth: true, montantsParAnneeExecution: [6000] },
        ],
        debutExecutionAvant: "2027-01-01",
      },
      references: [
        {
          titre: "Décret n° 2026-168 du 6 mars 2026 relatif à l'aide aux employeurs d'apprentis, article 1",
          identifiant: "JORFARTI000053634608",
          url: "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000053634608",
        },
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "verifie",
      notes: `Spécification du projet (vérifié dans une base de règles) : contrats conclus à partir du 08/03/2026 et commençant avant le 01/01/2027 ; doctorat (niveau 8) exclu. ${verificationSpecification.mention}`,
    },
  ],
};

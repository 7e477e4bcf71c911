import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { revueJuridique } from "./revueJuridique";
import { texteJournalOfficiel } from "./texteJournalOfficiel";

/**
 * Majoration du taux de rémunération d'un apprenti d'un employeur public, selon la date de
 * conclusion du contrat :
 *
 * - `obligatoire_selon_niveau` (contrats conclus jusqu'au 26/04/2020) : points **dus** selon le
 *   niveau du diplôme préparé, qui s'ajoutent au minimum légal ;
 * - `facultative` (contrats conclus à partir du 27/04/2020) : l'employeur public **peut** ajouter
 *   l'un des `pointsAdmis`, sans condition de niveau ; le minimum légal est la grille du secteur
 *   privé, et une majoration déclarée (`remunerationMajoration`) doit figurer dans chaque taux.
 */
export type MajorationRemunerationSecteurPublic =
  | {
      regime: "obligatoire_selon_niveau";
      /** Points dus pour un diplôme de niveau 4 (ancien niveau IV, baccalauréat). */
      pointsNiveau4: number;
      /** Points dus pour un diplôme de niveau 5 (ancien niveau III, bac + 2). */
      pointsNiveau5: number;
    }
  | {
      regime: "facultative";
      /** Majorations que l'employeur public peut déclarer (0 : aucune). */
      pointsAdmis: readonly number[];
    };

/**
 * Majoration de la rémunération des apprentis des employeurs publics (C. trav. D6272-2),
 * **datée par la date de conclusion** du contrat : obligatoire selon le niveau du diplôme (+10
 * points au niveau 4, +20 au niveau 5) pour les contrats conclus jusqu'au 26/04/2020 ; facultative
 * (0, 10 ou 20 points, sans condition de niveau) pour les contrats conclus à partir du 27/04/2020
 * (décret n° 2020-478 du 24 avril 2020), le minimum légal étant alors la grille du secteur privé.
 *
 * @example
 * ```ts
 * import { majorationRemunerationSecteurPublic, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(majorationRemunerationSecteurPublic, "2020-04-26")?.valeur; // { regime: "obligatoire_selon_niveau", pointsNiveau4: 10, pointsNiveau5: 20 }
 * valeurParametre(majorationRemunerationSecteurPublic, "2020-04-27")?.valeur; // { regime: "facultative", pointsAdmis: [0, 10, 20] }
 * ```
 */
export const majorationRemunerationSecteurPublic: Parametre<MajorationRemunerationSecteurPublic> = {
  id: "apprentissage.remuneration.majoration_secteur_public",
  titre: "Majoration de rémunération des apprentis du secteur public",
  description:
    "Points de pourcentage ajoutés au taux de la grille pour un apprenti d'un employeur public, selon la date de conclusion du contrat : obligatoires selon le niveau du diplôme jusqu'au 26/04/2020, facultatifs (0, 10 ou 20) à partir du 27/04/2020.",
  unite: "points de %",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: { regime: "obligatoire_selon_niveau", pointsNiveau4: 10, pointsNiveau5: 20 },
      references: [
        articleCode("travail", "D6272-2", "(rédaction antérieure au décret n° 2020-478)"),
        texteJournalOfficiel(
          "decret",
          "1992-11-30",
          "92-1258",
          "Décret n° 92-1258 du 30 novembre 1992 relatif à l'apprentissage dans le secteur public non industriel et commercial",
        ),
      ],
      verifiedOn: revueJuridique.verifiedOn,
      statut: "a_verifier",
      aVerifier:
        "Texte exact en vigueur avant le 27/04/2020 (décret n° 2017-199, reprenant le décret n° 92-1258) et date d'effet de la série (2019-01-01 retenue, alignée sur la grille de 2019).",
      notes: `+10 points obligatoires au niveau 4 (ancien niveau IV), +20 points au niveau 5 (ancien niveau III) ; +20 points facultatifs aux niveaux 6 et plus (anciens II et I), sans effet sur le minimum. ${revueJuridique.mention}`,
    },
    {
      dateEffet: "2020-04-27",
      valeur: { regime: "facultative", pointsAdmis: [0, 10, 20] },
      references: [
        articleCode("travail", "D6272-2"),
        texteJournalOfficiel(
          "decret",
          "2020-04-24",
          "2020-478",
          "Décret n° 2020-478 du 24 avril 2020 relatif à la rémunération des apprentis du secteur public non industriel et commercial",
        ),
      ],
      verifiedOn: revueJuridique.verifiedOn,
      statut: "verifie",
      notes: `Contrats conclus à partir du 27/04/2020 : la loi n° 2019-828 (art. 63) a aligné la rémunération des apprentis du secteur public sur la grille du secteur privé ; l'employeur public peut la majorer de 10 ou 20 points, sans condition de niveau. Le minimum légal est la grille du secteur privé ; une majoration déclarée s'ajoute au taux de chaque ligne. ${revueJuridique.mention}`,
    },
  ],
};

import type { Parametre } from "@communs-opco/parametres";
import { sourcesLba } from "./sourcesLba";

/**
 * Paliers de la fonction qui transforme un nombre d'embauches prédites en score 0-100, et seuils
 * d'affichage de La bonne boîte.
 *
 * @example
 * ```ts
 * const seuils: SeuilsScoreEmbauches = { h50: 10, h60: 50, h80: 100, h100: 500, seuilBonneBoite: 50, scoreMinimalAffichage: 20 };
 * ```
 */
export interface SeuilsScoreEmbauches {
  /** Embauches prédites qui donnent le score 50. */
  readonly h50: number;
  /** Embauches prédites qui donnent le score 60. */
  readonly h60: number;
  /** Embauches prédites qui donnent le score 80. */
  readonly h80: number;
  /** Embauches prédites à partir desquelles le score vaut 100. */
  readonly h100: number;
  /** Score minimal d'une « bonne boîte ». */
  readonly seuilBonneBoite: number;
  /** Score minimal d'affichage pour un métier (abaissé pour les métiers en tension). */
  readonly scoreMinimalAffichage: number;
}

/**
 * Paliers publics « de développement » de La bonne boîte (H50 = 10, H60 = 50, H80 = 100,
 * H100 = 500) et seuil « bonne boîte » (score ≥ 50). Les paliers de production sont
 * confidentiels : ces valeurs reproduisent la méthode ouverte, pas les scores de France Travail.
 *
 * @example
 * ```ts
 * import { valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(seuilsScoreEmbauches, "2026-09-01")?.valeur.h50; // 10
 * ```
 */
export const seuilsScoreEmbauches: Parametre<SeuilsScoreEmbauches> = {
  id: "lba.ciblage.seuilsScore",
  titre: "Paliers du score d'embauche (La bonne boîte, valeurs publiques de développement)",
  description:
    "Fonction par morceaux embauches prédites → score 0-100 et seuils d'usage. Les paliers réels de France Travail sont confidentiels.",
  unite: "embauches par semestre",
  valeurs: [
    {
      dateEffet: "2017-01-01",
      valeur: { h50: 10, h60: 50, h80: 100, h100: 500, seuilBonneBoite: 50, scoreMinimalAffichage: 20 },
      references: [sourcesLba.scoringLaBonneBoite, sourcesLba.specificationAlgorithme],
      verifiedOn: "2026-08-22",
      statut: "a_verifier",
      notes: "Valeurs publiques de développement du code ouvert (2017-2022), non celles de production.",
    },
  ],
};

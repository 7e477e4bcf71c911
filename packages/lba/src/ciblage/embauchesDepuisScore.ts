import type { SeuilsScoreEmbauches } from "../parametres/seuilsScoreEmbauches";

/**
 * Fonction réciproque de {@link scoreDepuisEmbauches} : embauches par semestre correspondant à un
 * score (sert à traduire un seuil de score en nombre d'embauches, ex. score 50 → H50).
 *
 * @returns les embauches, ou `NaN` pour un score hors de [0, 100].
 * @example
 * ```ts
 * const seuils = { h50: 10, h60: 50, h80: 100, h100: 500, seuilBonneBoite: 50, scoreMinimalAffichage: 20 };
 * embauchesDepuisScore(50, seuils); // 10
 * embauchesDepuisScore(70, seuils); // 75
 * ```
 */
export function embauchesDepuisScore(score: number, seuils: SeuilsScoreEmbauches): number {
  const { h50, h60, h80, h100 } = seuils;
  if (!(score >= 0 && score <= 100)) return Number.NaN;
  if (score <= 50) return (score * h50) / 50;
  if (score <= 60) return h50 + ((score - 50) * (h60 - h50)) / 10;
  if (score <= 80) return h60 + ((score - 60) * (h80 - h60)) / 20;
  if (score === 100) return h100;
  return h80 + 10 ** (((score - 80) * Math.log10(h100)) / 20) - 1;
}

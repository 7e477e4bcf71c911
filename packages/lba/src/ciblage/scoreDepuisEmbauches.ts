import type { SeuilsScoreEmbauches } from "../parametres/seuilsScoreEmbauches";
import { arrondirEmbauches } from "./arrondirEmbauches";

/**
 * Score 0-100 d'un nombre d'embauches prédites par semestre (fonction par morceaux de La bonne
 * boîte), après {@link arrondirEmbauches} :
 * - h ≥ H100 : 100 ;
 * - h ≤ H50 : 50 · h / H50 ;
 * - H50 < h ≤ H60 : 50 + 10 · (h − H50) / (H60 − H50) ;
 * - H60 < h ≤ H80 : 60 + 20 · (h − H60) / (H80 − H60) ;
 * - H80 < h < H100 : 80 + 20 · log10(1 + h − H80) / log10(H100).
 * Le dernier morceau n'atteint pas tout à fait 100 juste sous H100 (99,28 pour 499 avec les valeurs
 * publiques) : c'est la formule publiée, reproduite telle quelle.
 *
 * @example
 * ```ts
 * const seuils = { h50: 10, h60: 50, h80: 100, h100: 500, seuilBonneBoite: 50, scoreMinimalAffichage: 20 };
 * scoreDepuisEmbauches(4, seuils); // 20
 * scoreDepuisEmbauches(30, seuils); // 55
 * scoreDepuisEmbauches(75, seuils); // 70
 * ```
 */
export function scoreDepuisEmbauches(embauches: number, seuils: SeuilsScoreEmbauches): number {
  const h = arrondirEmbauches(embauches);
  const { h50, h60, h80, h100 } = seuils;
  if (h >= h100) return 100;
  if (h <= h50) return (50 * h) / h50;
  if (h <= h60) return 50 + (10 * (h - h50)) / (h60 - h50);
  if (h <= h80) return 60 + (20 * (h - h60)) / (h80 - h60);
  return 80 + (20 * Math.log10(1 + h - h80)) / Math.log10(h100);
}

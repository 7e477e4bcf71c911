import type { SeuilsScoreEmbauches } from "../parametres/seuilsScoreEmbauches";

/**
 * Score minimal pour afficher une entreprise sur un métier, abaissé pour les métiers en tension
 * (La bonne boîte) : min = (M − 5) · (100 − tension) / 100 + 5, où M est le score minimal
 * d'affichage (20) et `tension` le pourcentage de tension du métier (0 à 100, borné).
 *
 * @example
 * ```ts
 * const seuils = { h50: 10, h60: 50, h80: 100, h100: 500, seuilBonneBoite: 50, scoreMinimalAffichage: 20 };
 * scoreMinimalAffichageMetier(0, seuils); // 20
 * scoreMinimalAffichageMetier(60, seuils); // 11
 * ```
 */
export function scoreMinimalAffichageMetier(tensionPourcent: number, seuils: SeuilsScoreEmbauches): number {
  const tension = Math.min(100, Math.max(0, Number.isFinite(tensionPourcent) ? tensionPourcent : 0));
  return ((seuils.scoreMinimalAffichage - 5) * (100 - tension)) / 100 + 5;
}

import type { Confiance } from "./CapaciteApiOpco.js";

/**
 * Particularité documentée d'un OPCO sur l'API Convergence (réponse objet au lieu
 * d'une liste, statut « introuvable », capacité manquante…), avec sa confiance et sa
 * source, et le point d'extension qui la prend en charge.
 *
 * @example
 * ```ts
 * const p: ParticulariteOpco = {
 *   description: "HTTP 400 quand un dossier est introuvable", confiance: "F",
 *   source: "opco-echanges.md §2.2", priseEnCharge: "comportement.statutsIntrouvable = [400, 404]",
 * };
 * ```
 */
export interface ParticulariteOpco {
  readonly description: string;
  readonly confiance: Confiance;
  readonly source: string;
  readonly priseEnCharge: string;
}

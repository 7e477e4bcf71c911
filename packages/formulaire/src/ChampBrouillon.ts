import type { Provenance } from "./Provenance";

/**
 * Valeur d'un champ du brouillon avec sa provenance et la date de la donnée : date de la saisie,
 * date de mise à jour du profil ou date des données du référentiel (`null` si inconnue).
 *
 * @example
 * ```ts
 * const c: ChampBrouillon = { valeur: "BOULANGER (CAP)", provenance: "referentiel:Kit apprentissage", date: "2025-01-31" };
 * ```
 */
export interface ChampBrouillon {
  readonly valeur: unknown;
  readonly provenance: Provenance;
  readonly date: string | null;
  /** Valeur approchée à faire confirmer (date de naissance déduite du NIR, jour inconnu). */
  readonly approximative?: true;
}

import type { SlugOpco } from "@communs-opco/nomenclatures";

/**
 * Critères de `GET /v3/jobs/search` (filtres par OPCO, ROME et territoire).
 *
 * @example
 * ```ts
 * const criteres: CriteresRechercheLba = { opco: "akto", romes: ["G1602"], departements: ["75", "92"] };
 * ```
 */
export interface CriteresRechercheLba {
  /** Latitude du centre de recherche (avec `longitude`, ou aucun des deux). */
  readonly latitude?: number;
  readonly longitude?: number;
  /** Rayon en km, 0 à 200. @default 30 (côté serveur) */
  readonly rayonKm?: number;
  /** Codes ROME (`D1102`…). */
  readonly romes?: readonly string[];
  /** Code RNCP de la formation visée (`RNCP37566`). */
  readonly rncp?: string;
  /** Niveau européen de diplôme visé, `"3"` à `"7"`. */
  readonly niveauDiplome?: "3" | "4" | "5" | "6" | "7";
  /** Codes de départements (`"75"`, `"2A"`, `"971"`). */
  readonly departements?: readonly string[];
  /**
   * OPCO de l'entreprise : slug (`"opco-ep"`) ou n'importe quel nom connu ; envoyé sous le libellé
   * exact de La bonne alternance (« Opco entreprises de proximité »).
   */
  readonly opco?: SlugOpco | string;
  /** Partenaires à exclure (`partner_label`). */
  readonly partenairesExclus?: readonly string[];
  /** Seulement les offres ouvertes aux personnes en situation de handicap. */
  readonly handicap?: boolean;
}

import type { SlugOpco } from "./SlugOpco";

/**
 * Couple IDCC → OPCO de la table de rattachement.
 *
 * @example
 * ```ts
 * import { tableIdccOpco } from "@communs-opco/nomenclatures";
 * tableIdccOpco.entrees.find((e) => e.idcc === "1486")?.opco; // "atlas"
 * ```
 */
export interface EntreeIdccOpco {
  /** IDCC sur 4 caractères (« 0016 »). */
  readonly idcc: string;
  /** OPCO de rattachement. */
  readonly opco: SlugOpco;
  /** Nom de l'OPCO tel qu'écrit dans la source. */
  readonly libelleSource: string;
}

import type { EntreeCode } from "./EntreeCode";

/**
 * Pays de la liste du CERFA : code ISO 3166 alpha-2, nom court en capitales, nom officiel, actif.
 *
 * @example
 * ```ts
 * import { libelleCode, tablePays } from "@communs-opco/nomenclatures";
 * libelleCode(tablePays, "ZA"); // "AFRIQUE DU SUD"
 * ```
 */
export interface EntreePays extends EntreeCode {
  /** Nom officiel du pays. */
  readonly libelleOfficiel: string;
  /** Pays encore proposé dans la liste. */
  readonly actif: boolean;
}

import type { CapaciteApiOpco, NomCapaciteApi } from "./CapaciteApiOpco.js";
import type { ComplementCapacite } from "./ComplementCapacite.js";

/**
 * Date du tableau « Accrochage » de CFA Dock relayé par la spécification (§1.9).
 *
 * @example
 * ```ts
 * capacites.every((c) => c.constateLe === DATE_MATRICE_CAPACITES);
 * ```
 */
export const DATE_MATRICE_CAPACITES = "2026-07-28";

const SOURCE = "Tableau « Accrochage » du portail CFA Dock au 2026-07-28, relayé par un résumé tiers (opco-echanges.md §1.9)";

/**
 * Construit la ligne de matrice d'une capacité à partir de l'état relevé au
 * 2026-07-28 (§1.9, confiance [S] par défaut) : `production` → disponible, tout autre
 * état → non disponible. Les OPCO décrivent ainsi leurs capacités en une ligne chacune.
 *
 * @example
 * ```ts
 * capaciteSelonMatrice("certificats", "production", { depuis: "2025-10-20" });
 * // { capacite: "certificats", disponible: true, etat: "production", depuis: "2025-10-20", constateLe: "2026-07-28", source: "…", confiance: "S" }
 * ```
 */
export function capaciteSelonMatrice(
  capacite: NomCapaciteApi,
  etat: CapaciteApiOpco["etat"],
  complement: ComplementCapacite = {},
): CapaciteApiOpco {
  return { capacite, disponible: etat === "production", etat, constateLe: DATE_MATRICE_CAPACITES, source: SOURCE, confiance: "S", ...complement };
}

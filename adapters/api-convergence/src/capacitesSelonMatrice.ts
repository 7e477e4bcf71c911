import type { CapaciteApiOpco, NomCapaciteApi } from "./CapaciteApiOpco.js";
import { capaciteSelonMatrice } from "./capaciteSelonMatrice.js";
import type { ComplementCapacite } from "./ComplementCapacite.js";

/**
 * Matrice complète des capacités d'un OPCO relevée au 2026-07-28 (§1.9) en une seule
 * écriture : l'état de **chacune** des six capacités (le type refuse un oubli), dans l'ordre
 * d'écriture, et les compléments de certaines lignes. Chaque ligne est construite par
 * {@link capaciteSelonMatrice}.
 *
 * @example
 * ```ts
 * capacitesSelonMatrice(
 *   { contrats_v1: "production", contrats_v2: "absent", factures: "production", etats_factures: "absent", conventions: "production", certificats: "absent" },
 *   { contrats_v2: { remarque: "Annoncé." } },
 * ).filter((c) => c.disponible).map((c) => c.capacite); // ["contrats_v1", "factures", "conventions"]
 * ```
 */
export function capacitesSelonMatrice(
  etats: Readonly<Record<NomCapaciteApi, CapaciteApiOpco["etat"]>>,
  complements: Readonly<Partial<Record<NomCapaciteApi, ComplementCapacite>>> = {},
): CapaciteApiOpco[] {
  return (Object.entries(etats) as [NomCapaciteApi, CapaciteApiOpco["etat"]][]).map(([capacite, etat]) => capaciteSelonMatrice(capacite, etat, complements[capacite]));
}

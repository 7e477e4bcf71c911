import type { LigneRemuneration } from "../LigneRemuneration";

/**
 * Lignes légales qui chevauchent une période déclarée `[debut, fin]` (bornes incluses).
 *
 * @example
 * ```ts
 * periodesChevauchantes(legale.periodes, "2025-04-01", "2025-08-31").map((p) => p.numero);
 * ```
 */
export function periodesChevauchantes(periodes: readonly LigneRemuneration[], debut: string, fin: string): LigneRemuneration[] {
  return periodes.filter((p) => p.debut <= fin && p.fin >= debut);
}

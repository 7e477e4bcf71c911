import type { CapaciteApiOpco } from "./CapaciteApiOpco.js";

/**
 * Compléments facultatifs d'une ligne de la matrice (date de mise en production, échéance,
 * remarque, confiance ou source propres à l'OPCO).
 *
 * @example
 * ```ts
 * const c: ComplementCapacite = { depuis: "2025-10-20", remarque: "Seul OPCO en production." };
 * ```
 */
export type ComplementCapacite = Partial<Pick<CapaciteApiOpco, "depuis" | "prevu" | "remarque" | "confiance" | "source">>;

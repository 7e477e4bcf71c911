/**
 * Statut d'une offre La bonne alternance (`offer_status`) : active, pourvue, annulée, en attente
 * (de validation du compte du recruteur).
 *
 * @example
 * ```ts
 * const statut: StatutOffreLba = "Pending";
 * ```
 */
export type StatutOffreLba = "Active" | "Filled" | "Cancelled" | "Pending";

/**
 * Les statuts d'offre, dans l'ordre de la spécification.
 *
 * @example
 * ```ts
 * statutsOffreLba.includes("Filled"); // true
 * ```
 */
export const statutsOffreLba: readonly StatutOffreLba[] = ["Active", "Filled", "Cancelled", "Pending"];

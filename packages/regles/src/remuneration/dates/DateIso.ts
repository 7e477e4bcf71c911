/**
 * Date civile au format ISO `AAAA-MM-JJ`, sans heure ni fuseau : toutes les dates du calcul de
 * rémunération sont des entrées de ce type (jamais l'horloge du système).
 *
 * @example
 * ```ts
 * const debut: DateIso = "2024-09-01";
 * ```
 */
export type DateIso = string;

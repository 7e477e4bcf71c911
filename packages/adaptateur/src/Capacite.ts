/**
 * Capacité d'un adaptateur : lecture du format vers le standard, écriture du standard
 * vers le format, détection du format sur un échantillon.
 *
 * @example
 * ```ts
 * const capacites: readonly Capacite[] = ["lecture", "ecriture", "detection"];
 * ```
 */
export type Capacite = "lecture" | "ecriture" | "detection";

import type { SystemeAliasOpco } from "./SystemeAliasOpco";

/**
 * Un nom d'OPCO tel qu'un système l'écrit, à la lettre.
 *
 * @example
 * ```ts
 * import type { AliasOpco } from "@communs-opco/nomenclatures";
 * const alias: AliasOpco = { systeme: "france_competences", valeur: "UNIFORMATION COHESION SOCIALE" };
 * ```
 */
export interface AliasOpco {
  /** Système qui emploie ce nom. */
  readonly systeme: SystemeAliasOpco;
  /** Nom exact. */
  readonly valeur: string;
}

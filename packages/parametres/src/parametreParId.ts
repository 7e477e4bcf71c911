import { catalogueParametres } from "./catalogueParametres";
import type { Parametre } from "./Parametre";

/**
 * Retrouve un paramètre du catalogue par son identifiant pointé ; `undefined` s'il est inconnu.
 *
 * @example
 * ```ts
 * import { parametreParId } from "@communs-opco/parametres";
 * parametreParId("smic.mensuel.metropole")?.unite; // "EUR/mois"
 * parametreParId("inconnu"); // undefined
 * ```
 */
export function parametreParId(id: string): Parametre<unknown> | undefined {
  return catalogueParametres.find((p) => p.id === id);
}

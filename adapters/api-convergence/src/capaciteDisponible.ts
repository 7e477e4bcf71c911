import type { CapaciteApiOpco, NomCapaciteApi } from "./CapaciteApiOpco.js";

/**
 * Dit si une capacité est disponible d'après une matrice datée : `true` si elle est en
 * production (et, quand une date est donnée, depuis une date antérieure ou égale),
 * `false` si elle est absente, en recette ou en développement, `undefined` si la
 * matrice ne la mentionne pas (indéterminé, à ne pas confondre avec « non »).
 *
 * @example
 * ```ts
 * capaciteDisponible(capacites, "certificats", "2025-09-01"); // false si « depuis 2025-10-20 »
 * ```
 */
export function capaciteDisponible(capacites: readonly CapaciteApiOpco[], capacite: NomCapaciteApi, date?: string): boolean | undefined {
  const ligne = capacites.find((c) => c.capacite === capacite);
  if (ligne === undefined) return undefined;
  if (!ligne.disponible) return false;
  if (date !== undefined && ligne.depuis !== undefined && date < ligne.depuis) return false;
  return true;
}

import { join } from "node:path";
import type { Instantane } from "./Instantane";
import { lireInstantane } from "./lireInstantane";

/**
 * Nom du fichier d'instantané dans un dossier de référentiel local.
 *
 * @example
 * ```ts
 * FICHIER_INSTANTANE; // "instantane.json.gz"
 * ```
 */
export const FICHIER_INSTANTANE = "instantane.json.gz";

/**
 * Charge l'instantané d'un dossier de référentiel local (construit par
 * `opco referentiel importer … --dossier DIR`). À utiliser par les commandes qui acceptent
 * `--referentiel DIR`.
 *
 * @example
 * ```ts
 * const instantane = await chargerInstantane("./referentiel-local");
 * ```
 */
export async function chargerInstantane(dossier: string): Promise<Instantane> {
  return lireInstantane(join(dossier, FICHIER_INSTANTANE));
}

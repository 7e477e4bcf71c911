import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ErreurInstantane } from "./ErreurInstantane";
import type { Instantane } from "./Instantane";
import { lireInstantane } from "./lireInstantane";

/**
 * Chemin de l'instantané embarqué dans le paquet (`data/instantane-embarque.json.gz`), trouvé à
 * partir du module courant (sources, build ESM ou CJS).
 *
 * @example
 * ```ts
 * cheminInstantaneEmbarque(); // ".../packages/referentiels/data/instantane-embarque.json.gz"
 * ```
 */
export function cheminInstantaneEmbarque(): string {
  // `import.meta.url` seulement : le build CommonJS le remplace par l'adresse du fichier ; un
  // `__filename` global (script `node -e`, REPL) désignerait un autre fichier que ce module.
  const ici = fileURLToPath(import.meta.url);
  let dossier = dirname(ici);
  for (let i = 0; i < 4; i++) {
    const candidat = join(dossier, "data", "instantane-embarque.json.gz");
    if (existsSync(candidat)) return candidat;
    dossier = dirname(dossier);
  }
  throw new ErreurInstantane("data/instantane-embarque.json.gz", "instantané embarqué introuvable dans le paquet");
}

/**
 * Charge l'instantané embarqué dans le paquet, construit à partir des fichiers open data de
 * `shared/data` (plusieurs sont des extraits : voir le README). Permet de fonctionner hors ligne
 * sans rien télécharger.
 *
 * @example
 * ```ts
 * const instantane = await chargerInstantaneEmbarque();
 * instantane.construitLe;
 * ```
 */
export async function chargerInstantaneEmbarque(): Promise<Instantane> {
  return lireInstantane(cheminInstantaneEmbarque());
}

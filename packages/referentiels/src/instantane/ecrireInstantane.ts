import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { gzipSync, strToU8 } from "fflate";
import type { Instantane } from "./Instantane";
import { serialiserInstantane } from "./serialiserInstantane";

/**
 * Écrit un instantané : JSON compact (valeurs NPEC en tableaux, voir `serialiserInstantane`), compressé en gzip si le chemin finit par `.gz`. L'écriture
 * passe par un fichier temporaire renommé, pour ne jamais laisser un instantané tronqué.
 * Renvoie la taille écrite en octets.
 *
 * @example
 * ```ts
 * await ecrireInstantane("referentiel-local/instantane.json.gz", instantane);
 * ```
 */
export async function ecrireInstantane(chemin: string, instantane: Instantane): Promise<number> {
  const json = strToU8(JSON.stringify(serialiserInstantane(instantane)));
  const octets = chemin.endsWith(".gz") ? gzipSync(json, { level: 9, mtime: 0 }) : json;
  await mkdir(dirname(chemin), { recursive: true });
  const temporaire = `${chemin}.${String(process.pid)}.tmp`;
  await writeFile(temporaire, octets);
  await rename(temporaire, chemin);
  return octets.length;
}

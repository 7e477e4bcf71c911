import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { ErreurInstantane } from "./ErreurInstantane";
import { VERSION_INSTANTANE, type Instantane } from "./Instantane";
import { deserialiserInstantane, type InstantaneFichier } from "./serialiserInstantane";

/**
 * Lit un instantané (`.json` ou `.json.gz`) et vérifie son format, sa version et la couverture de
 * ses sources (une source sans couverture, écrite avant son introduction, est complète).
 *
 * @example
 * ```ts
 * const instantane = await lireInstantane("referentiel-local/instantane.json.gz");
 * ```
 */
export async function lireInstantane(chemin: string): Promise<Instantane> {
  let octets: Uint8Array;
  try {
    octets = new Uint8Array(await readFile(chemin));
  } catch {
    throw new ErreurInstantane(chemin, "fichier absent ou illisible");
  }
  let document: unknown;
  try {
    // zlib natif : décompresser l'instantané embarqué en JavaScript (fflate) coûtait environ 0,2 s de CPU à chaque démarrage.
    const texte = new TextDecoder().decode(octets[0] === 0x1f && octets[1] === 0x8b ? gunzipSync(octets) : octets);
    document = JSON.parse(texte);
  } catch {
    throw new ErreurInstantane(chemin, "contenu illisible (JSON ou gzip invalide)");
  }
  const d = document as Partial<Instantane> | null;
  if (d === null || typeof d !== "object" || d.format !== "communs-opco/instantane-referentiels") {
    throw new ErreurInstantane(chemin, "ce n'est pas un instantané de référentiels Communs OPCO");
  }
  if (d.version !== VERSION_INSTANTANE) {
    throw new ErreurInstantane(chemin, `version ${String(d.version)} non prise en charge (attendue : ${String(VERSION_INSTANTANE)})`);
  }
  if (!Array.isArray(d.sources)) throw new ErreurInstantane(chemin, "liste des sources absente");
  for (const s of d.sources as { fichier?: unknown; couverture?: unknown }[]) {
    if (s.couverture !== undefined && s.couverture !== "complete" && s.couverture !== "extrait") {
      throw new ErreurInstantane(chemin, `couverture « ${String(s.couverture)} » inconnue pour la source ${String(s.fichier)} (attendue : complete ou extrait)`);
    }
  }
  const instantane = deserialiserInstantane(document as InstantaneFichier);
  if (instantane === null) throw new ErreurInstantane(chemin, "section NPEC illisible");
  return instantane;
}

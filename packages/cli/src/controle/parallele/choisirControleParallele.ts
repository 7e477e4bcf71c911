import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { ErreurUsage } from "../../ErreurUsage";

/** Taille des morceaux transférés aux fils de calcul (4 Mio). */
const TAILLE_MORCEAU = 4 * 1024 * 1024;
/** En deçà de ce volume (16 Mio, quelques milliers de contrats), le contrôle reste dans un seul fil. */
const SEUIL_PARALLELE = 16 * 1024 * 1024;

const LIGNES = /\.(jsonl|ndjson)$/i;

/**
 * Décide si `opco controle` répartit le contrôle sur plusieurs fils de calcul, et comment : `--fils N`
 * (par défaut, les cœurs de la machine), fichiers JSON Lines seulement (`.jsonl`, `.ndjson`), sans
 * `--format`, référentiel en mémoire ou aucun (les modes en ligne et mixte gardent un seul fil :
 * cache, limite de débit et disjoncteur des services restent uniques), et au moins 16 Mio à lire.
 * `morceauOctets` (option interne `--morceau-octets`, pour les tests et les bancs d'essai) impose
 * la taille des morceaux et lève le seuil. Rend `undefined` pour un contrôle dans un seul fil.
 *
 * @example
 * ```ts
 * choisirControleParallele({ fils: "2", fichiers: ["/tmp/contrats.jsonl"] }); // { fils: 2, tailleMorceau: 4194304 } si le fichier est assez gros
 * ```
 */
export function choisirControleParallele(options: {
  fils?: string | undefined;
  morceauOctets?: string | undefined;
  format?: string | undefined;
  referentiel?: string | undefined;
  fichiers: readonly string[];
}): { fils: number; tailleMorceau: number } | undefined {
  const fils = options.fils === undefined ? availableParallelism() : Number(options.fils);
  if (options.fils !== undefined && !(Number.isInteger(fils) && fils >= 1 && fils <= 64)) {
    throw new ErreurUsage(`l'option --fils attend un nombre entier de fils de calcul entre 1 et 64 (reçu : « ${options.fils} »)`);
  }
  const morceau = options.morceauOctets === undefined ? undefined : Number(options.morceauOctets);
  if (morceau !== undefined && !(Number.isInteger(morceau) && morceau >= 1024)) {
    throw new ErreurUsage(`l'option --morceau-octets attend un nombre entier d'octets, 1024 au moins (reçu : « ${options.morceauOctets ?? ""} »)`);
  }
  if (fils <= 1 || options.format !== undefined) return undefined;
  if (options.referentiel === "en-ligne" || options.referentiel === "mixte") return undefined;
  if (!options.fichiers.every((f) => LIGNES.test(f))) return undefined;
  const volume = options.fichiers.reduce((total, f) => total + statSync(f).size, 0);
  if (volume < (morceau === undefined ? SEUIL_PARALLELE : 0)) return undefined;
  return { fils, tailleMorceau: morceau ?? TAILLE_MORCEAU };
}

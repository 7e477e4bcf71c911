import { statSync } from "node:fs";
import { ErreurUsage } from "../../ErreurUsage";

/**
 * Taille des morceaux transférés aux fils de calcul (1 Mio, environ 350 contrats ; au moins quatre
 * par fil au-delà du seuil, pour que les fils finissent ensemble). En deçà, l'envoi et la reprise
 * des résultats coûtent plus que le contrôle ; au-delà, les résultats d'un morceau, gardés dans le
 * tas du fil jusqu'à leur envoi (deux morceaux en cours par fil), le font grossir : des morceaux de
 * 4 Mio coûtaient environ 50 Mo de plus par fil.
 */
const TAILLE_MORCEAU = 1024 * 1024;
/**
 * En deçà de ce volume (8 Mio, environ 2 800 contrats de démonstration), le contrôle reste dans un
 * seul fil : le lancement d'un fil (chargement des modules et de l'instantané) coûterait plus que
 * ce qu'il fait gagner.
 */
export const SEUIL_PARALLELE = 8 * 1024 * 1024;

const LIGNES = /\.(jsonl|ndjson)$/i;

/**
 * Décide si `opco controle` répartit le contrôle sur plusieurs fils, et comment : `--fils N` (le
 * fil principal et N − 1 fils de calcul ; par défaut 1 : chaque fil de calcul charge son propre
 * instantané du référentiel et garde son tas — environ 400 Mo de mémoire résidente à deux fils
 * contre 230 Mo à un seul pour 20 000 contrats —, et, mesuré sur une machine chargée, deux fils
 * dépensent 1,6 à 1,9 fois le temps processeur d'un seul : le gain prévu sur deux cœurs reste
 * sous 1,8), fichiers JSON Lines seulement (`.jsonl`, `.ndjson`), sans
 * `--format`, référentiel en mémoire ou aucun (les modes en ligne et mixte gardent un seul fil :
 * cache, limite de débit et disjoncteur des services restent uniques), et au moins 8 Mio à lire
 * ({@link SEUIL_PARALLELE}). Les morceaux font 1 Mio.
 * `morceauOctets` (option interne `--morceau-octets`, pour les tests et les bancs d'essai) impose
 * la taille des morceaux et lève le seuil. Rend `undefined` pour un contrôle dans un seul fil.
 *
 * @example
 * ```ts
 * choisirControleParallele({ fils: "2", fichiers: ["/tmp/contrats.jsonl"] }); // { fils: 2, tailleMorceau: 1048576 } pour un fichier de 8 Mio ou plus
 * ```
 */
export function choisirControleParallele(options: {
  fils?: string | undefined;
  morceauOctets?: string | undefined;
  format?: string | undefined;
  referentiel?: string | undefined;
  fichiers: readonly string[];
}): { fils: number; tailleMorceau: number } | undefined {
  const fils = options.fils === undefined ? 1 : Number(options.fils);
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

import { open } from "node:fs/promises";
import type { MorceauLignes } from "./MorceauLignes";

const LF = 0x0a;
const CR = 0x0d;
const decodeur = new TextDecoder("utf-8");

/** Une ligne `octets[debut, fin)` est-elle vide au sens de la lecture (`texte.trim() === ""`) ? */
function estVide(octets: Uint8Array, debut: number, fin: number): boolean {
  for (let i = debut; i < fin; i++) {
    const o = octets[i] as number;
    if (o === 0x20 || o === 0x09 || o === 0x0b || o === 0x0c || o === CR) continue;
    // Octet non ASCII : seul le texte décodé dit s'il s'agit d'un blanc (espace insécable, BOM…).
    return o < 0x80 ? false : decodeur.decode(octets.subarray(debut, fin)).trim() === "";
  }
  return true;
}

/** Lignes et lignes non vides de `octets[0, fin)` ; `derniereSansFin` : la fin du fichier termine une ligne. */
function compter(octets: Uint8Array, fin: number, derniereSansFin: boolean): { lignes: number; enregistrements: number } {
  let lignes = 0;
  let enregistrements = 0;
  let debut = 0;
  const avecCr = octets.subarray(0, fin).indexOf(CR) >= 0;
  if (!avecCr) {
    // Cas courant (fins de ligne LF) : recherche native des sauts de ligne.
    for (let saut = octets.indexOf(LF, 0); saut >= 0 && saut < fin; saut = octets.indexOf(LF, debut)) {
      lignes++;
      if (!estVide(octets, debut, saut)) enregistrements++;
      debut = saut + 1;
    }
  } else {
    for (let i = 0; i < fin; i++) {
      const o = octets[i];
      if (o !== LF && o !== CR) continue;
      lignes++;
      if (!estVide(octets, debut, i)) enregistrements++;
      if (o === CR && octets[i + 1] === LF && i + 1 < fin) i++;
      debut = i + 1;
    }
  }
  if (derniereSansFin && debut < fin) {
    lignes++;
    if (!estVide(octets, debut, fin)) enregistrements++;
  }
  return { lignes, enregistrements };
}

/** Position qui suit la dernière fin de ligne sûre de `octets[0, n)` (un CR final peut précéder un LF à venir), ou -1. */
function coupure(octets: Uint8Array, n: number): number {
  const vue = octets.subarray(0, n);
  const lf = vue.lastIndexOf(LF);
  const cr = vue.lastIndexOf(CR);
  if (cr > lf && cr < n - 1) return cr + 1;
  return lf < 0 ? -1 : lf + 1;
}

/**
 * Découpe un fichier JSON Lines en morceaux d'environ `tailleMorceau` octets **alignés sur des
 * fins de ligne**, lus en flux : chaque morceau a son propre `ArrayBuffer` (transférable sans
 * copie), sa ligne et son rang de départ, et ses nombres de lignes et d'enregistrements (lignes non
 * vides, comme la lecture séquentielle). Une ligne plus longue qu'un morceau l'agrandit ; au-delà
 * de `tailleMax` octets sans fin de ligne, le morceau part tel quel (la lecture du fil de calcul la
 * rend illisible, « ligne trop longue ») : la mémoire reste bornée.
 *
 * @example
 * ```ts
 * let rang = 0;
 * for await (const m of decouperEnMorceaux("/tmp/contrats.jsonl", "contrats.jsonl", { tailleMorceau: 4 << 20, rangAvant: 0 })) rang = m.rangAvant + m.enregistrements;
 * ```
 */
export async function* decouperEnMorceaux(
  chemin: string,
  fichier: string,
  options: { tailleMorceau: number; rangAvant: number; tailleMax?: number },
): AsyncGenerator<MorceauLignes> {
  const tailleMax = options.tailleMax ?? 64 * 1024 * 1024;
  const descripteur = await open(chemin, "r");
  let reste = new Uint8Array(0);
  let ligneAvant = 0;
  let rangAvant = options.rangAvant;
  // Après une ligne démesurée : sa fin est sautée jusqu'au prochain LF, comme le fait la lecture séquentielle.
  let sauter = false;
  try {
    for (;;) {
      let tampon = new Uint8Array(reste.length + options.tailleMorceau);
      tampon.set(reste, 0);
      const { bytesRead } = await descripteur.read(tampon, reste.length, options.tailleMorceau, null);
      let n = reste.length + bytesRead;
      const finFichier = bytesRead === 0;
      if (sauter) {
        const saut = tampon.subarray(0, n).indexOf(LF);
        if (saut < 0) {
          reste = new Uint8Array(0);
          if (finFichier) return;
          continue;
        }
        sauter = false;
        tampon = tampon.slice(saut + 1, n);
        n = tampon.length;
      }
      let fin = finFichier ? n : coupure(tampon, n);
      if (fin < 0 && n >= tailleMax) {
        fin = n; // ligne démesurée : bornée, rendue illisible (« ligne trop longue ») par la lecture
        sauter = true;
      }
      if (fin <= 0) {
        if (finFichier) return;
        reste = tampon.subarray(0, n);
        continue;
      }
      const { lignes, enregistrements } = compter(tampon, fin, finFichier || fin === n);
      // Ce qui suit la coupure (début de la ligne suivante) est recopié ; le morceau garde son tampon.
      reste = tampon.slice(fin, n);
      yield { fichier, octets: tampon.buffer, longueur: fin, ligneAvant, rangAvant, lignes, enregistrements };
      ligneAvant += lignes;
      rangAvant += enregistrements;
      if (finFichier) return;
    }
  } finally {
    await descripteur.close();
  }
}

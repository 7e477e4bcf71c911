import { Unzip, UnzipInflate } from "fflate";

/**
 * Limites d'une archive ZIP (classeur XLSX…) vérifiées pendant la décompression.
 *
 * @example
 * ```ts
 * const l: LimitesZip = { ...LIMITES_ZIP, tailleTotaleMax: 10 * 1_048_576 };
 * ```
 */
export interface LimitesZip {
  /** Nombre maximal d'entrées. */
  readonly entreesMax: number;
  /** Taille décompressée maximale d'une entrée, en octets. */
  readonly tailleEntreeMax: number;
  /** Taille décompressée maximale de toutes les entrées, en octets. */
  readonly tailleTotaleMax: number;
  /** Rapport maximal taille décompressée / taille compressée d'une entrée (au-delà de 1 Mio décompressé). */
  readonly ratioMax: number;
}

/**
 * Limites par défaut : 10 000 entrées, 8 Mio décompressés par entrée et au total, rapport de
 * compression 200. Un classeur XLSX est ensuite chargé entier par sa bibliothèque de lecture, qui
 * occupe une trentaine à une quarantaine de fois la taille décompressée : 8 Mio (plus de 3 000
 * lignes du modèle d'import du Tableau de bord) gardent la lecture sous 500 Mo de mémoire.
 *
 * @example
 * ```ts
 * LIMITES_ZIP.ratioMax; // 200
 * ```
 */
export const LIMITES_ZIP: LimitesZip = { entreesMax: 10_000, tailleEntreeMax: 8_388_608, tailleTotaleMax: 8_388_608, ratioMax: 200 };

/**
 * Résultat du contrôle d'une archive ZIP : dans les limites (avec ses mesures), ou la raison du
 * refus en français.
 *
 * @example
 * ```ts
 * const r: ControleZip = { ok: false, raison: "archive ZIP refusée : plus de 8388608 octets décompressés au total (bombe de décompression ?)" };
 * ```
 */
export type ControleZip = { readonly ok: true; readonly entrees: number; readonly tailleDecompressee: number } | { readonly ok: false; readonly raison: string };

const MIO = 1_048_576;

/**
 * Contrôle une archive ZIP avant de la confier à une bibliothèque qui la décompresse en mémoire
 * (classeur XLSX lu par exceljs) : toutes les entrées sont décompressées en flux (fflate), sans
 * rien conserver, en comptant les octets réellement produits (les tailles déclarées peuvent
 * mentir). Nombre d'entrées, taille par entrée, taille totale et rapport de compression sont
 * vérifiés pendant la décompression : une bombe est arrêtée dès la limite franchie. Ne lève jamais
 * d'exception.
 *
 * @example
 * ```ts
 * const r = controlerArchiveZip(octets);
 * if (!r.ok) console.error(r.raison);
 * ```
 */
export function controlerArchiveZip(octets: Uint8Array, limites: Partial<LimitesZip> = {}): ControleZip {
  const l: LimitesZip = { ...LIMITES_ZIP, ...limites };
  let entrees = 0;
  let total = 0;
  let raison: string | null = null;
  const refuser = (texte: string): void => {
    raison ??= `archive ZIP refusée : ${texte}`;
  };
  try {
    const decompresseur = new Unzip((fichier) => {
      if (raison !== null) return;
      entrees += 1;
      if (entrees > l.entreesMax) {
        refuser(`plus de ${String(l.entreesMax)} entrées`);
        return;
      }
      let taille = 0;
      // taille compressée déclarée, sinon (descripteur de données en fin d'entrée) celle de toute l'archive : rapport minoré
      const compresse = fichier.size !== undefined && fichier.size > 0 ? fichier.size : octets.length;
      fichier.ondata = (erreur, donnees) => {
        if (raison !== null) return;
        if (erreur !== null) {
          refuser(`entrée « ${fichier.name} » illisible`);
          return;
        }
        taille += donnees.length;
        total += donnees.length;
        if (taille > l.tailleEntreeMax) refuser(`entrée « ${fichier.name} » de plus de ${String(l.tailleEntreeMax)} octets décompressés (bombe de décompression ?)`);
        else if (total > l.tailleTotaleMax) refuser(`plus de ${String(l.tailleTotaleMax)} octets décompressés au total (bombe de décompression ?)`);
        else if (taille > MIO && compresse > 0 && taille / compresse > l.ratioMax) {
          refuser(`entrée « ${fichier.name} » compressée plus de ${String(l.ratioMax)} fois (bombe de décompression ?)`);
        }
        if (raison !== null) fichier.terminate();
      };
      fichier.start();
    });
    decompresseur.register(UnzipInflate);
    for (let i = 0; i < octets.length && raison === null; i += 65_536) decompresseur.push(octets.subarray(i, i + 65_536));
    if (raison === null) decompresseur.push(new Uint8Array(0), true);
  } catch {
    refuser("structure ZIP illisible");
  }
  if (raison !== null) return { ok: false, raison };
  if (entrees === 0) return { ok: false, raison: "archive ZIP refusée : aucune entrée lisible" };
  return { ok: true, entrees, tailleDecompressee: total };
}

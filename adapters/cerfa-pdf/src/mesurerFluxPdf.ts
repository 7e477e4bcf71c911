import { Decompress } from "fflate";

/**
 * Budget de décompression par défaut d'un PDF lu : 64 Mio pour tous ses flux `FlateDecode`
 * (un CERFA FA13 rempli en décompresse moins de 2 Mio).
 *
 * @example
 * ```ts
 * BUDGET_DECOMPRESSION_PDF; // 67108864
 * ```
 */
export const BUDGET_DECOMPRESSION_PDF = 67_108_864;

const FLUX = /stream\r?\n/g;

/**
 * Décompresse en flux (fflate), sans rien conserver, les flux `FlateDecode` d'un PDF (flux de
 * contenu et flux d'objets `ObjStm`) en comptant les octets produits, et s'arrête dès que le
 * budget est dépassé : une bombe de décompression est détectée avant que pdf-lib ne décompresse
 * les flux d'objets en mémoire. Un flux illisible est ignoré (pdf-lib le signalera). Ne lève
 * jamais d'exception.
 *
 * @returns la raison du refus en français, ou `undefined` quand le PDF tient dans le budget.
 * @example
 * ```ts
 * const refus = mesurerFluxPdf(octets, BUDGET_DECOMPRESSION_PDF);
 * if (refus !== undefined) console.error(refus);
 * ```
 */
export function mesurerFluxPdf(octets: Uint8Array, budget: number): string | undefined {
  const texte = new TextDecoder("latin1").decode(octets);
  let total = 0;
  let depasse = false;
  FLUX.lastIndex = 0;
  for (let m = FLUX.exec(texte); m !== null && !depasse; m = FLUX.exec(texte)) {
    const debut = m.index + m[0].length;
    const fin = texte.indexOf("endstream", debut);
    if (fin === -1) break;
    FLUX.lastIndex = fin;
    const dictionnaire = texte.slice(Math.max(0, m.index - 1024), m.index);
    const ouverture = dictionnaire.lastIndexOf("<<");
    if (ouverture === -1 || !dictionnaire.slice(ouverture).includes("/FlateDecode")) continue;
    try {
      const inflation = new Decompress((donnees) => {
        total += donnees.length;
        if (total > budget) depasse = true;
      });
      for (let i = debut; i < fin && !depasse; i += 65_536) inflation.push(octets.subarray(i, Math.min(fin, i + 65_536)));
    } catch {
      // flux illisible : pdf-lib décidera
    }
  }
  return depasse ? `PDF refusé : ses flux compressés dépassent ${String(budget)} octets décompressés (bombe de décompression ?)` : undefined;
}

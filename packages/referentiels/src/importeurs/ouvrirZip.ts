import { readFile } from "node:fs/promises";
import { unzipSync } from "fflate";

/**
 * Archive zip ouverte : noms des entrées (normalisés en NFC, UTF-8 restauré quand l'archive ne
 * le déclare pas) et lecture d'une entrée à la fois, pour ne décompresser que ce qui est lu.
 *
 * @example
 * ```ts
 * const zip = await ouvrirZip("export-fiches-csv-2024-02-22.zip");
 * const octets = zip.lire(zip.noms[0]!);
 * ```
 */
export interface ArchiveZip {
  noms: string[];
  lire(nom: string): Uint8Array;
}

/**
 * Ouvre une archive zip avec fflate. Les noms d'entrée accentués sont rendus comparables :
 * ré-décodés en UTF-8 si besoin, puis normalisés en NFC (certaines archives sont en NFD).
 *
 * @example
 * ```ts
 * const zip = await ouvrirZip("acce_data.zip");
 * zip.noms; // ["ACCE_UAI.csv", …]
 * ```
 */
export async function ouvrirZip(chemin: string): Promise<ArchiveZip> {
  const contenu = new Uint8Array(await readFile(chemin));
  const correspondance = new Map<string, string>();
  unzipSync(contenu, {
    filter: (f) => {
      if (!f.name.endsWith("/")) correspondance.set(normaliserNom(f.name), f.name);
      return false;
    },
  });
  return {
    noms: [...correspondance.keys()],
    lire(nom: string): Uint8Array {
      const brut = correspondance.get(nom);
      if (brut === undefined) throw new Error(`entrée absente de l'archive : ${nom}`);
      const sortie = unzipSync(contenu, { filter: (f) => f.name === brut });
      return sortie[brut] ?? new Uint8Array();
    },
  };
}

function normaliserNom(nom: string): string {
  const utf8 = Buffer.from(nom, "latin1").toString("utf8");
  return (/[\u0080-\u00ff]/.test(nom) && !utf8.includes("\ufffd") ? utf8 : nom).normalize("NFC");
}

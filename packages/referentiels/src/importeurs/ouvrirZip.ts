import { createReadStream } from "node:fs";
import { Unzip, UnzipInflate, type UnzipFile } from "fflate";

/**
 * Archive zip ouverte en flux : noms des entrées (normalisés en NFC, UTF-8 restauré quand
 * l'archive ne le déclare pas) et lecture d'une entrée bloc par bloc, sans charger l'archive ni
 * l'entrée décompressée en mémoire.
 *
 * @example
 * ```ts
 * const zip = await ouvrirZip("export-fiches-csv-2024-02-22.zip");
 * for await (const bloc of zip.lire(zip.noms[0]!)) console.log(bloc.length);
 * ```
 */
export interface ArchiveZip {
  noms: string[];
  lire(nom: string): AsyncGenerator<Uint8Array>;
}

/**
 * Ouvre une archive zip avec le décompresseur en flux de fflate. Les noms d'entrée accentués
 * sont rendus comparables : ré-décodés en UTF-8 si besoin, puis normalisés en NFC (certaines
 * archives sont en NFD). Chaque lecture d'entrée relit l'archive en flux.
 *
 * @example
 * ```ts
 * const zip = await ouvrirZip("acce_data.zip");
 * zip.noms; // ["ACCE_UAI.csv", …]
 * ```
 */
export async function ouvrirZip(chemin: string): Promise<ArchiveZip> {
  const noms: string[] = [];
  for await (const _ of parcourir(chemin, (f) => {
    if (!f.name.endsWith("/")) noms.push(normaliserNom(f.name));
    return false;
  })) {
    // aucune entrée n'est décompressée pendant l'inventaire
  }
  return {
    noms,
    lire(nom: string): AsyncGenerator<Uint8Array> {
      if (!noms.includes(nom)) throw new Error(`entrée absente de l'archive : ${nom}`);
      let vue = false;
      return parcourir(chemin, (f) => {
        if (vue || normaliserNom(f.name) !== nom) return false;
        vue = true;
        return true;
      });
    },
  };
}

async function* parcourir(chemin: string, choisir: (fichier: UnzipFile) => boolean): AsyncGenerator<Uint8Array> {
  const file: Uint8Array[] = [];
  let erreur: Error | null = null;
  let termine = false;
  const decompresseur = new Unzip((f) => {
    if (!choisir(f)) return;
    f.ondata = (err, donnees, final) => {
      if (err) erreur = err;
      else if (donnees.length > 0) file.push(donnees);
      if (final) termine = true;
    };
    f.start();
  });
  decompresseur.register(UnzipInflate);
  const flux = createReadStream(chemin, { highWaterMark: 1 << 16 });
  try {
    for await (const bloc of flux) {
      decompresseur.push(new Uint8Array(bloc as Buffer));
      if (erreur !== null) throw erreur;
      while (file.length > 0) yield file.shift() as Uint8Array;
      if (termine) return;
    }
    decompresseur.push(new Uint8Array(0), true);
    if (erreur !== null) throw erreur;
    while (file.length > 0) yield file.shift() as Uint8Array;
  } finally {
    flux.destroy();
  }
}

function normaliserNom(nom: string): string {
  const utf8 = Buffer.from(nom, "latin1").toString("utf8");
  return (/[\u0080-\u00ff]/.test(nom) && !utf8.includes("\ufffd") ? utf8 : nom).normalize("NFC");
}

import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";

/**
 * Options de lecture d'un fichier texte.
 *
 * @example
 * ```ts
 * const o: OptionsLectureTexte = { encodage: "latin1" };
 * ```
 */
export interface OptionsLectureTexte {
  /** Encodage du fichier : `utf-8` (défaut) ou `latin1` (ISO-8859-1, exports BCN et ACCE). */
  encodage?: "utf-8" | "latin1";
  /** Appelée à chaque bloc lu avec les octets lus et la taille totale. */
  surOctets?: (octetsLus: number, octetsTotal: number) => void;
}

/**
 * Lit un fichier texte en flux, bloc par bloc, décodé (UTF-8 ou Latin-1) : la mémoire reste
 * bornée quelle que soit la taille du fichier.
 *
 * @example
 * ```ts
 * for await (const bloc of lireMorceauxFichier("N_FORMATION_DIPLOME.csv", { encodage: "latin1" })) {
 *   process.stdout.write(bloc);
 * }
 * ```
 */
export async function* lireMorceauxFichier(chemin: string, options: OptionsLectureTexte = {}): AsyncGenerator<string> {
  const total = (await stat(chemin)).size;
  const decodeur = new TextDecoder(options.encodage === "latin1" ? "latin1" : "utf-8");
  let lus = 0;
  for await (const bloc of createReadStream(chemin, { highWaterMark: 1 << 20 })) {
    const octets = bloc as Buffer;
    lus += octets.length;
    options.surOctets?.(lus, total);
    yield decodeur.decode(octets, { stream: true });
  }
  const fin = decodeur.decode();
  if (fin !== "") yield fin;
}

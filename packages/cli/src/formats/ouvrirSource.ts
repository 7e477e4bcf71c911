import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { SourceDonnees } from "@communs-opco/adaptateur";
import type { ContexteCli } from "../ContexteCli";
import { ErreurUsage } from "../ErreurUsage";

/**
 * Lit un fichier (ou l'entrée standard pour `-`) et en fait une source de données pour
 * les adaptateurs. Un fichier illisible est une erreur d'utilisation (code 2) ; le
 * message ne contient que le nom du fichier.
 *
 * @example
 * ```ts
 * const source = await ouvrirSource("extraction.json", contexte);
 * source.nom; // "extraction.json"
 * ```
 */
export async function ouvrirSource(fichier: string, contexte: Pick<ContexteCli, "repertoire" | "lireEntreeStandard">): Promise<SourceDonnees> {
  if (fichier === "-") {
    return { nom: "entrée standard", octets: new TextEncoder().encode(await contexte.lireEntreeStandard()) };
  }
  try {
    const octets = await readFile(resolve(contexte.repertoire, fichier));
    return { nom: basename(fichier), octets: new Uint8Array(octets.buffer, octets.byteOffset, octets.byteLength) };
  } catch (erreur) {
    const code = (erreur as { code?: string }).code;
    throw new ErreurUsage(code === "ENOENT" ? `fichier introuvable : ${fichier}` : `fichier illisible : ${fichier}${code === undefined ? "" : ` (${code})`}`);
  }
}

import { readFile, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { SourceDonnees } from "@communs-opco/adaptateur";
import type { ContexteCli } from "../ContexteCli";
import { ErreurEntreeSortie } from "../ErreurEntreeSortie";
import { ErreurUsage } from "../ErreurUsage";
import { natureFichier, tailleMaxFichier } from "./tailleMaxFichier";

/**
 * Lit un fichier (ou l'entrée standard pour `-`) et en fait une source de données pour
 * les adaptateurs. Un fichier illisible est une erreur d'utilisation (code 2) ; le
 * message ne contient que le nom du fichier. Un fichier plus gros que la taille maximale de sa
 * nature ({@link tailleMaxFichier}) n'est pas lu : {@link ErreurEntreeSortie} (code 3) qui donne
 * sa taille, la limite et la variable qui la règle.
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
  const chemin = resolve(contexte.repertoire, fichier);
  const nature = natureFichier(fichier);
  const limite = tailleMaxFichier(nature);
  let taille: number | undefined;
  try {
    taille = (await stat(chemin)).size;
  } catch {
    taille = undefined; // l'erreur est rendue par la lecture ci-dessous
  }
  if (taille !== undefined && taille > limite) {
    throw new ErreurEntreeSortie(
      `fichier trop volumineux : ${fichier} (${taille} octets, limite ${limite} octets pour un fichier ${nature} ; réglable par la variable OPCO_TAILLE_MAX_${nature.toUpperCase()})`,
    );
  }
  try {
    const octets = await readFile(chemin);
    return { nom: basename(fichier), octets: new Uint8Array(octets.buffer, octets.byteOffset, octets.byteLength) };
  } catch (erreur) {
    const code = (erreur as { code?: string }).code;
    throw new ErreurUsage(code === "ENOENT" ? `fichier introuvable : ${fichier}` : `fichier illisible : ${fichier}${code === undefined ? "" : ` (${code})`}`);
  }
}

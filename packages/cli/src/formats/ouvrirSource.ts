import { readFile, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { SourceDonnees } from "@communs-opco/adaptateur";
import type { ContexteCli } from "../ContexteCli";
import { ErreurEntreeSortie } from "../ErreurEntreeSortie";
import { ErreurUsage } from "../ErreurUsage";
import { natureFichier, tailleMaxDocument, tailleMaxFichier } from "./tailleMaxFichier";

/**
 * Options de {@link ouvrirSource}.
 *
 * @example
 * ```ts
 * const o: OptionsOuvertureSource = { document: true };
 * ```
 */
interface OptionsOuvertureSource {
  /**
   * Le fichier sera lu d'un bloc (analysé en entier en mémoire) : un fichier JSON ou CSV est
   * alors aussi limité par {@link tailleMaxDocument} (`OPCO_TAILLE_MAX_DOCUMENT`).
   */
  readonly document?: boolean;
}

/**
 * Refuse, avant toute lecture, un fichier plus gros que la taille maximale de sa nature
 * ({@link tailleMaxFichier}) ou, pour un fichier lu d'un bloc, que {@link tailleMaxDocument} :
 * {@link ErreurEntreeSortie} (code 3) qui donne sa taille, la limite et la variable qui la règle.
 * Rend la taille du fichier (`undefined` s'il est introuvable : la lecture le dira).
 *
 * @example
 * ```ts
 * const taille = await controlerTailleFichier("lot.json", "/tmp/lot.json");
 * ```
 */
export async function controlerTailleFichier(fichier: string, chemin: string, options: OptionsOuvertureSource = {}): Promise<number | undefined> {
  const nature = natureFichier(fichier);
  const limite = tailleMaxFichier(nature);
  let taille: number | undefined;
  try {
    taille = (await stat(chemin)).size;
  } catch {
    return undefined; // l'erreur est rendue par la lecture
  }
  if (taille > limite) {
    throw new ErreurEntreeSortie(
      `fichier trop volumineux : ${fichier} (${taille} octets, limite ${limite} octets pour un fichier ${nature} ; réglable par la variable OPCO_TAILLE_MAX_${nature.toUpperCase()})`,
    );
  }
  const limiteDocument = tailleMaxDocument();
  if (options.document === true && (nature === "json" || nature === "csv") && taille > limiteDocument) {
    throw new ErreurEntreeSortie(
      `fichier trop volumineux pour être lu d'un bloc : ${fichier} (${taille} octets, limite ${limiteDocument} octets pour un document lu entier ; réglable par la variable OPCO_TAILLE_MAX_DOCUMENT${nature === "json" ? " ; un tableau JSON ou du JSON Lines est lu élément par élément par « opco controle --format » jusqu'à OPCO_TAILLE_MAX_JSON" : ""})`,
    );
  }
  return taille;
}

/**
 * Lit un fichier (ou l'entrée standard pour `-`) et en fait une source de données pour
 * les adaptateurs. Un fichier illisible est une erreur d'utilisation (code 2) ; le
 * message ne contient que le nom du fichier. Un fichier plus gros que la taille maximale de sa
 * nature ({@link tailleMaxFichier}), ou que {@link tailleMaxDocument} avec `document`, n'est pas
 * lu : {@link ErreurEntreeSortie} (code 3) qui donne sa taille, la limite et la variable qui la règle.
 *
 * @example
 * ```ts
 * const source = await ouvrirSource("extraction.json", contexte);
 * source.nom; // "extraction.json"
 * ```
 */
export async function ouvrirSource(
  fichier: string,
  contexte: Pick<ContexteCli, "repertoire" | "lireEntreeStandard">,
  options: OptionsOuvertureSource = {},
): Promise<SourceDonnees> {
  if (fichier === "-") {
    return { nom: "entrée standard", octets: new TextEncoder().encode(await contexte.lireEntreeStandard()) };
  }
  const chemin = resolve(contexte.repertoire, fichier);
  await controlerTailleFichier(fichier, chemin, options);
  try {
    const octets = await readFile(chemin);
    return { nom: basename(fichier), octets: new Uint8Array(octets.buffer, octets.byteOffset, octets.byteLength) };
  } catch (erreur) {
    throw erreurLecture(fichier, erreur);
  }
}

/**
 * Erreur d'utilisation (code 2) d'un fichier qui n'a pas pu être lu : « fichier introuvable »
 * ou « fichier illisible (CODE) », jamais le texte brut du système.
 *
 * @example
 * ```ts
 * erreurLecture("a.json", Object.assign(new Error(), { code: "ENOENT" })).message; // "fichier introuvable : a.json"
 * ```
 */
export function erreurLecture(fichier: string, erreur: unknown): ErreurUsage {
  const code = (erreur as { code?: string }).code;
  return new ErreurUsage(code === "ENOENT" ? `fichier introuvable : ${fichier}` : `fichier illisible : ${fichier}${code === undefined ? "" : ` (${code})`}`);
}

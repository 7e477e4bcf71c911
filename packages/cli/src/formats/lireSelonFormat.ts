import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { MetadonneesFormat, ResultatLecteur } from "@communs-opco/adaptateur";
import type { ContexteCli } from "../ContexteCli";
import { choisirFormat } from "./choisirFormat";
import { formeSourceJson } from "./formeSourceJson";
import { lireJsonOuJsonLignes } from "./lireJsonOuJsonLignes";
import { lireParElement } from "./lireParElement";
import { controlerTailleFichier, erreurLecture, ouvrirSource } from "./ouvrirSource";
import { natureFichier, TAILLE_MAX_ELEMENT_JSON } from "./tailleMaxFichier";

/** Octets lus au début d'un fichier JSON pour choisir le format et reconnaître sa forme. */
const TAILLE_TETE = 1024 * 1024;

async function lireTete(fichier: string, chemin: string): Promise<Uint8Array> {
  let poignee: Awaited<ReturnType<typeof open>> | undefined;
  try {
    poignee = await open(chemin, "r");
    const tampon = new Uint8Array(TAILLE_TETE);
    const { bytesRead } = await poignee.read(tampon, 0, TAILLE_TETE, 0);
    return tampon.subarray(0, bytesRead);
  } catch (erreur) {
    throw erreurLecture(fichier, erreur);
  } finally {
    await poignee?.close();
  }
}

/**
 * Lit un fichier (ou l'entrée standard pour `-`) dans un format nommé (`deca`, `agecap`,
 * `standard`…) ou détecté (`auto`), et renvoie le flux des résultats du lecteur : un résultat par
 * enregistrement (valeur standard ou erreur localisée). Un fichier JSON en tableau (`[…]`) ou en
 * JSON Lines lu par un format qui lit élément par élément (`metadonnees.lectureParElement` :
 * standard, DECA, AGECAP, API Convergence) est lu **en flux** ({@link lireParElement}) : la
 * mémoire ne dépend pas de la taille du fichier. Les autres (objet racine, format qui a besoin du
 * document entier, CSV, XLSX, PDF, entrée standard) sont lus d'un bloc ; un document JSON ou CSV
 * lu d'un bloc est limité par `OPCO_TAILLE_MAX_DOCUMENT`. Fichier illisible, format inconnu ou non
 * reconnu : {@link ErreurUsage} levée au premier pas de l'itération (code de sortie 2) ; fichier
 * trop volumineux : {@link ErreurEntreeSortie} (code 3). Les métadonnées du format retenu (nom,
 * type d'enregistrement…) sont transmises à `surFormat` avant le premier résultat.
 *
 * @example
 * ```ts
 * for await (const r of lireSelonFormat("extraction.json", "auto", contexte)) {
 *   if (!r.ok) contexte.ecrireErreur(`${r.erreur.source.pointeur ?? r.erreur.source.ligne} : ${r.erreur.message}\n`);
 * }
 * ```
 */
export async function* lireSelonFormat(
  fichier: string,
  format: string,
  contexte: Pick<ContexteCli, "repertoire" | "lireEntreeStandard">,
  surFormat?: (format: MetadonneesFormat) => void,
): AsyncGenerator<ResultatLecteur<unknown>> {
  if (fichier !== "-" && natureFichier(fichier) === "json") {
    const chemin = resolve(contexte.repertoire, fichier);
    await controlerTailleFichier(fichier, chemin);
    const tete = await lireTete(fichier, chemin);
    const nom = basename(fichier);
    const adaptateur = choisirFormat({ nom, octets: tete }, format);
    surFormat?.(adaptateur.metadonnees);
    const forme = adaptateur.metadonnees.lectureParElement === true ? formeSourceJson(nom, tete) : "document";
    if (forme !== "document") {
      yield* lireParElement(adaptateur, nom, createReadStream(chemin, { highWaterMark: 1 << 16 }) as AsyncIterable<Uint8Array>, forme, TAILLE_MAX_ELEMENT_JSON);
      return;
    }
    yield* lireJsonOuJsonLignes(adaptateur, await ouvrirSource(fichier, contexte, { document: true }));
    return;
  }
  const source = await ouvrirSource(fichier, contexte, { document: natureFichier(fichier) === "csv" });
  const adaptateur = choisirFormat(source, format);
  surFormat?.(adaptateur.metadonnees);
  yield* lireJsonOuJsonLignes(adaptateur, source);
}

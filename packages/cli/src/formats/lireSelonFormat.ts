import type { MetadonneesFormat, ResultatLecteur } from "@communs-opco/adaptateur";
import type { ContexteCli } from "../ContexteCli";
import { choisirFormat } from "./choisirFormat";
import { lireJsonOuJsonLignes } from "./lireJsonOuJsonLignes";
import { ouvrirSource } from "./ouvrirSource";

/**
 * Lit un fichier (ou l'entrée standard pour `-`) dans un format nommé (`deca`, `agecap`,
 * `standard`…) ou détecté (`auto`), en JSON ou en JSON Lines pour les formats JSON, et renvoie le flux des résultats du lecteur : un résultat par enregistrement
 * (valeur standard ou erreur localisée). Fichier illisible, format inconnu ou non
 * reconnu : {@link ErreurUsage} levée au premier pas de l'itération (code de sortie 2).
 * Les métadonnées du format retenu (nom, type d'enregistrement…) sont transmises à
 * `surFormat` avant le premier résultat.
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
  const source = await ouvrirSource(fichier, contexte);
  const adaptateur = choisirFormat(source, format);
  surFormat?.(adaptateur.metadonnees);
  yield* lireJsonOuJsonLignes(adaptateur, source);
}

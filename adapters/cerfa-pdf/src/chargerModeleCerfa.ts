import { readFile } from "node:fs/promises";

/**
 * Charge le modèle officiel livré avec le paquet : le CERFA FA13 n° 10103*12 à formulaire
 * (`data/cerfa_10103-12_modif.pdf`, 2 pages, 157 champs AcroForm, formulaire public du
 * ministère du Travail).
 *
 * @example
 * ```ts
 * const modele = await chargerModeleCerfa();
 * modele.length > 0; // true
 * ```
 */
export async function chargerModeleCerfa(): Promise<Uint8Array> {
  return new Uint8Array(await readFile(new URL("../data/cerfa_10103-12_modif.pdf", import.meta.url)));
}

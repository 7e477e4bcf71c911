/**
 * Forme d'une source JSON, d'après son nom et son début : `tableau` (le premier caractère non
 * blanc est `[`), `lignes` (JSON Lines : extension `.jsonl`/`.ndjson`, ou première ligne non vide
 * qui est à elle seule un objet JSON complet, suivie d'autre chose), sinon `document` (objet racine
 * réparti sur plusieurs lignes, enveloppe `{metadonnees, contrats}`, valeur isolée, fichier vide…).
 *
 * @example
 * ```ts
 * formeSourceJson("a.json", new TextEncoder().encode("[{}]")); // "tableau"
 * formeSourceJson("a.json", new TextEncoder().encode('{"a":1}\n{"a":2}\n')); // "lignes"
 * formeSourceJson("a.json", new TextEncoder().encode('{"contrats": [\n{}]}')); // "document"
 * ```
 */
export type FormeSourceJson = "tableau" | "lignes" | "document";

const DECODEUR = new TextDecoder("utf-8", { fatal: false });

/**
 * Forme d'une source JSON d'après son nom et ses premiers octets (`tete`, au moins la première
 * ligne pour reconnaître du JSON Lines ; une première ligne plus longue que `tete` donne
 * `document`).
 *
 * @example
 * ```ts
 * formeSourceJson("lot.ndjson", new Uint8Array()); // "lignes"
 * ```
 */
export function formeSourceJson(nom: string, tete: Uint8Array): FormeSourceJson {
  if (/\.(jsonl|ndjson)$/i.test(nom)) return "lignes";
  const texte = DECODEUR.decode(tete).replace(/^\uFEFF/u, "").trimStart();
  if (texte.startsWith("[")) return "tableau";
  if (!texte.startsWith("{")) return "document";
  const fin = texte.search(/\r|\n/u);
  if (fin < 0) return "document";
  try {
    const premiere: unknown = JSON.parse(texte.slice(0, fin));
    if (typeof premiere !== "object" || premiere === null || Array.isArray(premiere)) return "document";
  } catch {
    return "document";
  }
  return texte.slice(fin).trim() === "" ? "document" : "lignes";
}

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/**
 * Une clé d'API connue du service : seule son empreinte SHA-256 est conservée (jamais la clé),
 * avec l'OPCO (ou le client) qu'elle désigne et son rôle (`operateur` peut lire `/v1/usage`).
 *
 * @example
 * ```ts
 * const cle: CleApi = { empreinte: "9f86d0…", titulaire: "akto", operateur: false };
 * ```
 */
export interface CleApi {
  readonly empreinte: string;
  /** OPCO ou client titulaire de la clé (libellé des métriques et de l'usage). */
  readonly titulaire: string;
  readonly operateur: boolean;
}

/**
 * Empreinte SHA-256 (hexadécimal) d'une clé d'API, telle qu'elle s'écrit dans le fichier
 * `OPCO_CLES_API`.
 *
 * @example
 * ```ts
 * empreinteCle("ma-cle-secrete"); // "…64 caractères hexadécimaux…"
 * ```
 */
export function empreinteCle(cle: string): string {
  return createHash("sha256").update(cle, "utf8").digest("hex");
}

/**
 * Lit le fichier des clés d'API (variable `OPCO_CLES_API`) : une clé par ligne,
 * `EMPREINTE_SHA256 TITULAIRE [operateur]` ; lignes vides et commentaires `#` ignorés. Une ligne
 * mal formée lève une erreur en français qui donne son numéro (jamais son contenu).
 *
 * @example
 * ```ts
 * const cles = lireClesApi(process.env.OPCO_CLES_API!);
 * ```
 */
export function lireClesApi(chemin: string): Map<string, CleApi> {
  const cles = new Map<string, CleApi>();
  const lignes = readFileSync(chemin, "utf8").split(/\r?\n/);
  lignes.forEach((brute, i) => {
    const ligne = brute.trim();
    if (ligne === "" || ligne.startsWith("#")) return;
    const [empreinte, titulaire, role, ...reste] = ligne.split(/\s+/);
    if (empreinte === undefined || !/^[0-9a-f]{64}$/i.test(empreinte) || titulaire === undefined || !/^[\w.-]{1,64}$/.test(titulaire) || (role !== undefined && role !== "operateur") || reste.length > 0) {
      throw new Error(`fichier des clés d'API, ligne ${i + 1} : attendu « EMPREINTE_SHA256 TITULAIRE [operateur] »`);
    }
    cles.set(empreinte.toLowerCase(), { empreinte: empreinte.toLowerCase(), titulaire, operateur: role === "operateur" });
  });
  return cles;
}

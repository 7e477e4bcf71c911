import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { ContexteCli } from "./ContexteCli";
import { ErreurUsage } from "./ErreurUsage";

/**
 * Lit un fichier d'entrée d'une commande (chemin relatif au répertoire de la CLI) ; `-` lit
 * l'entrée standard, en octets (un PDF ou un certificat y passent intacts), refusée si rien n'y
 * est redirigé (terminal). Un échec de lecture devient une erreur d'utilisation (code de sortie 2)
 * au message français, jamais le texte brut du système : par défaut « fichier introuvable : … »
 * ou « lecture impossible de … (CODE) » ; `message` le remplace (il reçoit le code système, s'il
 * existe).
 *
 * @example
 * ```ts
 * const pdf = await lireFichierEntree(contexte, "cerfa.pdf", () => "PDF illisible : cerfa.pdf");
 * const depuisTube = await lireFichierEntree(contexte, "-"); // opco signature verifier - < signe.pdf
 * ```
 */
export async function lireFichierEntree(contexte: ContexteCli, chemin: string, message?: (code: string | undefined) => string): Promise<Buffer> {
  if (chemin === "-") {
    if (contexte.entreeStandardInteractive) throw new ErreurUsage("« - » lit l'entrée standard : redirigez un fichier (… - < fichier) ou un tube");
    if (contexte.lireEntreeStandardOctets !== undefined) return Buffer.from(await contexte.lireEntreeStandardOctets());
    return Buffer.from(await contexte.lireEntreeStandard(), "utf8");
  }
  try {
    return await readFile(resolve(contexte.repertoire, chemin));
  } catch (erreur) {
    const code = (erreur as { code?: string }).code;
    if (message !== undefined) throw new ErreurUsage(message(code));
    throw new ErreurUsage(code === "ENOENT" ? `fichier introuvable : ${chemin}` : `lecture impossible de ${chemin} (${code ?? "erreur"})`);
  }
}

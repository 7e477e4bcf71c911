import type { ContexteCli } from "./ContexteCli";
import { lireFichierEntree } from "./lireFichierEntree";
import { ErreurUsage } from "./ErreurUsage";

/**
 * Lit un fichier JSON d'entrée d'une commande : l'échec de lecture est rapporté comme par
 * {@link lireFichierEntree} (`messageLecture` facultatif), un JSON invalide devient une erreur
 * d'utilisation au message `messageJsonInvalide` (code de sortie 2, sans le texte brut de l'analyseur).
 *
 * @example
 * ```ts
 * const brut = await lireJsonEntree(contexte, "contrat.json", "contrat illisible (JSON attendu) : contrat.json");
 * ```
 */
export async function lireJsonEntree(contexte: ContexteCli, chemin: string, messageJsonInvalide: string, messageLecture?: (code: string | undefined) => string): Promise<unknown> {
  const octets = await lireFichierEntree(contexte, chemin, messageLecture);
  try {
    return JSON.parse(octets.toString("utf8")) as unknown;
  } catch {
    throw new ErreurUsage(messageJsonInvalide);
  }
}

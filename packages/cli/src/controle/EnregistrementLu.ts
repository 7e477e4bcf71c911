import type { SourceEnregistrement } from "./SourceEnregistrement";

/**
 * Un enregistrement lu dans un fichier JSON ou JSON Lines : la valeur JSON analysée (`ok`), ou
 * la raison pour laquelle il est illisible (JSON invalide, ligne tronquée, ligne trop longue),
 * toujours avec sa provenance.
 *
 * @example
 * ```ts
 * const lu: EnregistrementLu = { ok: false, erreur: "ligne tronquée (fin du JSON inattendue)", source: { fichier: "a.jsonl", ligne: 3 } };
 * ```
 */
export type EnregistrementLu =
  | { readonly ok: true; readonly valeur: unknown; readonly source: SourceEnregistrement }
  | { readonly ok: false; readonly erreur: string; readonly source: SourceEnregistrement };

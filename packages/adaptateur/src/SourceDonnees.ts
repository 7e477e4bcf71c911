/**
 * Source de données à lire : des octets bruts et un nom (nom de fichier, URL, étiquette).
 * Abstraite du système de fichiers pour rester utilisable dans un navigateur : la CLI
 * lit le fichier avec `node:fs` et transmet les octets.
 *
 * @example
 * ```ts
 * const source: SourceDonnees = {
 *   nom: "extraction-deca.json",
 *   octets: encoderTexte('{"metadonnees":{"page":1},"contrats":[]}'),
 * };
 * ```
 */
export interface SourceDonnees {
  /** Nom de la source, repris dans les emplacements d'erreur (`erreur.source.fichier`). */
  readonly nom: string;
  /** Contenu brut de la source. */
  readonly octets: Uint8Array;
  /** Type MIME s'il est connu (`application/json`, `text/plain`…). */
  readonly typeMime?: string;
}

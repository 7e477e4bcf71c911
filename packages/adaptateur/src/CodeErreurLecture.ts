/**
 * Code stable d'une erreur de lecture. Ensemble ouvert : les valeurs connues
 * ci-dessous, et tout code propre à un adaptateur.
 *
 * - `encodage_invalide` : octets non décodables (UTF-8 attendu) ;
 * - `syntaxe_invalide` : JSON ou ligne mal formé(e), source tronquée ;
 * - `structure_invalide` : enveloppe inattendue (page sans `contrats`, objet au lieu d'une liste…) ;
 * - `enregistrement_invalide` : un enregistrement dont un champ ne peut pas être converti ;
 * - `source_vide` : aucun octet, aucun enregistrement attendu n'est lisible.
 *
 * @example
 * ```ts
 * const code: CodeErreurLecture = "syntaxe_invalide";
 * ```
 */
export type CodeErreurLecture =
  | "encodage_invalide"
  | "syntaxe_invalide"
  | "structure_invalide"
  | "enregistrement_invalide"
  | "source_vide"
  | (string & {});

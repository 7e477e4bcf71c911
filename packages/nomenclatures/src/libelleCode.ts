import { entreeParCode } from "./entreeParCode";
import type { Table } from "./Table";

/**
 * Libellé français d'un code dans une table du CERFA (ou toute table à `code` et `libelle`).
 *
 * @param table - la table (par exemple {@link tableTypeDerogation}).
 * @param code - le code, en chaîne (les zéros de tête comptent : « 01 » ≠ « 1 »).
 * @returns le libellé, ou `undefined` si le code n'existe pas dans la table ou n'a pas de libellé.
 * @example
 * ```ts
 * import { libelleCode, tableTypeDerogation, tableDerniereClasse } from "@communs-opco/nomenclatures";
 * libelleCode(tableTypeDerogation, "50"); // "Cumul de dérogations"
 * libelleCode(tableDerniereClasse, "99"); // undefined
 * ```
 */
export function libelleCode<E extends { readonly code: string; readonly libelle: string | null }>(
  table: Table<E>,
  code: string,
): string | undefined {
  return entreeParCode(table, code)?.libelle ?? undefined;
}

import type { Table } from "./Table";

const index = new WeakMap<Table<{ readonly code: string }>, Map<string, { readonly code: string }>>();

/**
 * Entrée d'une table pour un code donné (comparaison exacte, code en chaîne).
 *
 * @param table - n'importe quelle table dont les entrées ont un `code`.
 * @param code - code cherché (« 11 », « 01 », « 2A »…).
 * @returns l'entrée, ou `undefined` si le code n'est pas dans la table.
 * @example
 * ```ts
 * import { entreeParCode, tableTypeContratApp } from "@communs-opco/nomenclatures";
 * entreeParCode(tableTypeContratApp, "33")?.groupe; // "Avenant : modification des conditions du contrat"
 * ```
 */
export function entreeParCode<E extends { readonly code: string }>(table: Table<E>, code: string): E | undefined {
  let parCode = index.get(table);
  if (parCode === undefined) {
    parCode = new Map(table.entrees.map((e) => [e.code, e]));
    index.set(table, parCode);
  }
  return parCode.get(code) as E | undefined;
}

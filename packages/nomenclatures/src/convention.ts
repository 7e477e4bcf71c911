import type { ConventionCollective } from "./ConventionCollective";
import { tableConventionsCollectives } from "./donnees/tableConventionsCollectives";
import { normaliserIdcc } from "./normaliserIdcc";

const parIdcc = new Map<string, ConventionCollective>(
  tableConventionsCollectives.entrees.map((c) => [c.idcc, c]),
);

/**
 * Convention collective d'un IDCC, avec ses états Légifrance et son indicateur « en vigueur »
 * (règle de la source : un état VIGUEUR_ETEN ou VIGUEUR_NON_ETEN, ou aucune information).
 *
 * @param idcc - IDCC en chaîne ou en nombre ; les zéros de tête sont rétablis. La clé groupée « 1740 1841 1843 » de la source est aussi acceptée telle quelle.
 * @returns la convention, ou `undefined` si l'IDCC est mal formé ou inconnu.
 * @example
 * ```ts
 * import { convention } from "@communs-opco/nomenclatures";
 * convention(16)?.libelle; // "Transports routiers et activités auxiliaires du transport"
 * convention("1841")?.enVigueur; // false
 * convention("0000"); // undefined
 * ```
 */
export function convention(idcc: string | number): ConventionCollective | undefined {
  const code = normaliserIdcc(idcc);
  if (code !== undefined) return parIdcc.get(code);
  return typeof idcc === "string" ? parIdcc.get(idcc.trim()) : undefined;
}

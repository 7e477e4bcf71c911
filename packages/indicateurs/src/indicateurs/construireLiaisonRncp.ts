import type { SlugOpco } from "@communs-opco/nomenclatures";

/**
 * Construit la table RNCP → OPCO à partir des listes de chaque OPCO (un RNCP peut appartenir à
 * plusieurs OPCO ; l'ordre des OPCO suit l'ordre des listes données).
 *
 * @example
 * ```ts
 * const table = construireLiaisonRncp({ akto: ["RNCP1", "RNCP2"], atlas: ["RNCP2"] });
 * table.get("RNCP2"); // ["akto", "atlas"]
 * ```
 */
export function construireLiaisonRncp(listes: Partial<Record<SlugOpco, readonly string[]>>): Map<string, SlugOpco[]> {
  const table = new Map<string, SlugOpco[]>();
  for (const [opco, codes] of Object.entries(listes) as [SlugOpco, readonly string[]][]) {
    for (const code of codes) {
      const deja = table.get(code);
      if (deja === undefined) table.set(code, [opco]);
      else if (!deja.includes(opco)) deja.push(opco);
    }
  }
  return table;
}

import { tableIdccOpco } from "./donnees/tableIdccOpco";
import { normaliserIdcc } from "./normaliserIdcc";
import type { Opco } from "./Opco";
import { opcoParSlug } from "./opcoParSlug";

const parIdcc = new Map(tableIdccOpco.entrees.map((e) => [e.idcc, e.opco]));

/**
 * OPCO de rattachement d'une convention collective, d'après la table IDCC → OPCO
 * ({@link tableIdccOpco}, 330 couples, novembre 2024). Pour une entreprise donnée, la référence
 * reste l'API SIRO de France compétences.
 *
 * @param idcc - IDCC en chaîne ou en nombre ; les zéros de tête sont rétablis.
 * @returns l'OPCO, ou `undefined` si l'IDCC est mal formé ou absent de la table (9999, 9998 compris).
 * @example
 * ```ts
 * import { opcoParIdcc } from "@communs-opco/nomenclatures";
 * opcoParIdcc("1486")?.slug; // "atlas"
 * opcoParIdcc(16)?.slug; // "opco-mobilites"
 * opcoParIdcc("9999"); // undefined
 * ```
 */
export function opcoParIdcc(idcc: string | number): Opco | undefined {
  const code = normaliserIdcc(idcc);
  if (code === undefined) return undefined;
  const slug = parIdcc.get(code);
  return slug === undefined ? undefined : opcoParSlug(slug);
}

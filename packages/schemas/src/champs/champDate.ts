import { z } from "zod";
import { registreNormalisation } from "../normalisation/registreNormalisation.js";

/**
 * Champ date calendaire ISO `AAAA-MM-JJ` (sans heure ni fuseau). En entrée tolérante,
 * `jj/mm/aaaa` et les date-heures ISO sont convertis.
 *
 * @example
 * ```ts
 * champDate("Date de naissance").parse("2007-03-14"); // "2007-03-14"
 * ```
 */
export function champDate(description: string) {
  const schema = z.iso
    .date({ error: "La date doit être une date calendaire au format AAAA-MM-JJ." })
    .meta({ description: `${description} (date ISO AAAA-MM-JJ)` });
  registreNormalisation.add(schema, {});
  return schema;
}

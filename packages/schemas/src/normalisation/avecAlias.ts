import type { z } from "zod";
import { registreNormalisation } from "./registreNormalisation.js";

/**
 * Déclare, pour un schéma objet strict, les autres noms de clés acceptés par l'entrée
 * tolérante (noms [Pub], AGECAP, DECA…) et renvoie le même schéma.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const schema = avecAlias(z.strictObject({ dateSignature: z.string().optional() }), { dateConclusion: "dateSignature" });
 * ```
 */
export function avecAlias<S extends z.ZodType>(schema: S, alias: Readonly<Record<string, string>>): S {
  registreNormalisation.add(schema, { alias });
  return schema;
}

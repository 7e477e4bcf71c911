import { z } from "zod";

/**
 * Champ oui/non du standard : booléen. En entrée tolérante, `"oui"`/`"non"`,
 * `"true"`/`"false"` et `1`/`0` sont convertis.
 *
 * @example
 * ```ts
 * champBooleen("Travail sur machines dangereuses").parse(false); // false
 * ```
 */
export function champBooleen(description: string) {
  return z.boolean({ error: "La valeur doit être oui (true) ou non (false)." }).meta({ description });
}

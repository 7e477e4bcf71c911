import type { z } from "zod";
import { compilerNormalisation } from "./compilerNormalisation.js";

/**
 * Normalise une valeur d'entrée en suivant la structure d'un schéma strict zod :
 * chaînes coupées (vide → absent), nombres en texte pour les codes, dates `jj/mm/aaaa`
 * ou date-heure → `AAAA-MM-JJ`, horodatages → ISO UTC, `"oui"`/`"non"` → booléens, `"1 234,50"` → nombres,
 * `null` → absent, consignes du {@link registreNormalisation} (zéros à gauche, correspondances).
 *
 * Les clés inconnues du schéma ne sont jamais perdues : elles sont rangées dans
 * `inconnus` sous leur chemin pointé (`employeur.champLibre` ; une clé `__proto__` devient
 * `[__proto__]`). Une valeur qui ne peut
 * pas être normalisée est laissée telle quelle pour que le schéma strict la signale.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const inconnus: Record<string, unknown> = {};
 * const schema = z.strictObject({ d: z.iso.date().optional(), ok: z.boolean().optional() });
 * normaliserSelonSchema(schema, { d: "01/09/2025", ok: "oui", x: 1 }, "", inconnus);
 * // → { d: "2025-09-01", ok: true } et inconnus = { x: 1 }
 * ```
 */
export function normaliserSelonSchema(
  schema: z.ZodType,
  valeur: unknown,
  chemin: string,
  inconnus: Record<string, unknown>,
): unknown {
  return compilerNormalisation(schema)(valeur, chemin, inconnus);
}

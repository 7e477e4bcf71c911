import { z } from "zod";
import { normaliserSelonSchema } from "./normaliserSelonSchema.js";

function estObjetSimple(valeur: unknown): valeur is Record<string, unknown> {
  return typeof valeur === "object" && valeur !== null && !Array.isArray(valeur);
}

/**
 * Construit le schéma d'entrée **tolérant** d'un schéma strict d'enregistrement : il
 * accepte les variantes des fichiers réels (voir {@link normaliserSelonSchema}) et
 * produit l'enregistrement strict. Les clés inconnues sont rangées dans `extensions`
 * (chemin pointé → valeur d'origine), jamais perdues silencieusement. `preparer`, s'il
 * est fourni, convertit d'abord les structures propres à une source (sans rien perdre).
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const strict = z.strictObject({ d: z.iso.date().optional(), extensions: z.record(z.string(), z.unknown()).optional() });
 * creerSchemaEntree(strict).parse({ d: "01/09/2025", autre: 1 });
 * // → { d: "2025-09-01", extensions: { autre: 1 } }
 * ```
 */
export function creerSchemaEntree<S extends z.ZodType>(
  schemaStrict: S,
  preparer?: (donnees: Record<string, unknown>) => Record<string, unknown>,
) {
  return z.preprocess((donnees: unknown) => {
    if (!estObjetSimple(donnees)) return donnees;
    const inconnus: Record<string, unknown> = {};
    const normalise = normaliserSelonSchema(schemaStrict, preparer ? preparer(donnees) : donnees, "", inconnus) ?? {};
    if (!estObjetSimple(normalise) || Object.keys(inconnus).length === 0) return normalise;
    const extensionsRecues = estObjetSimple(normalise["extensions"]) ? normalise["extensions"] : {};
    return { ...normalise, extensions: { ...extensionsRecues, ...inconnus } };
  }, schemaStrict);
}

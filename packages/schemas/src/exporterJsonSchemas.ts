import { z } from "zod";
import { registreSchemasPublies, type schemasPublies } from "./schemasPublies.js";

/**
 * Remet les énumérations de codes numériques dans l'ordre naturel (zod range les clés
 * entières avant les codes à zéro de tête comme « 01 » ou « 09 »).
 */
function ordonnerEnumerations(noeud: unknown): unknown {
  if (Array.isArray(noeud)) return noeud.map(ordonnerEnumerations);
  if (typeof noeud !== "object" || noeud === null) return noeud;
  const sortie: Record<string, unknown> = {};
  for (const [cle, valeur] of Object.entries(noeud)) {
    if (cle === "enum" && Array.isArray(valeur) && valeur.every((v) => typeof v === "string" && /^\d+$/u.test(v))) {
      sortie[cle] = [...(valeur as string[])].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
    } else {
      sortie[cle] = ordonnerEnumerations(valeur);
    }
  }
  return sortie;
}

/**
 * Exporte chaque schéma strict publié ({@link schemasPublies}) en JSON Schema
 * (draft 2020-12), un document par nom, avec `$id` `<nom>.schema.json` et des `$ref`
 * relatifs entre documents (`"$ref": "employeur.schema.json"`), pour qu'un SI écrit en
 * Java, .NET ou Python valide le même standard. Les schémas d'entrée tolérants ne sont
 * pas exportés : leurs conversions (dates `jj/mm/aaaa`, `"oui"`…) sont du code, pas de
 * la structure.
 *
 * @example
 * ```ts
 * const schemas = exporterJsonSchemas();
 * schemas.contrat["$schema"]; // "https://json-schema.org/draft/2020-12/schema"
 * schemas.contrat["$id"]; // "contrat.schema.json"
 * ```
 */
export function exporterJsonSchemas(): Record<keyof typeof schemasPublies, Record<string, unknown>> {
  const { schemas } = z.toJSONSchema(registreSchemasPublies, {
    target: "draft-2020-12",
    io: "output",
    unrepresentable: "any",
    uri: (id) => `${id}.schema.json`,
  });
  const sortie: Record<string, Record<string, unknown>> = {};
  for (const [nom, schema] of Object.entries(schemas)) {
    const { $schema, $id, ...reste } = ordonnerEnumerations(schema) as Record<string, unknown>;
    sortie[nom] = { $schema, $id, ...reste };
  }
  return sortie as Record<keyof typeof schemasPublies, Record<string, unknown>>;
}

import { z } from "zod";
import { schemaPointApiApprentissage } from "./schemaOrganismeApiApprentissage";

/**
 * Schéma zod d'une commune de `/geographie/v1/commune/search`.
 *
 * @example
 * ```ts
 * const communes = z.array(schemaCommune).parse(json);
 * communes[0]?.code.postaux; // ["67100"]
 * ```
 */
export const schemaCommune = z.object({
  nom: z.string(),
  code: z.object({ insee: z.string(), postaux: z.array(z.string()) }),
  anciennes: z.array(z.object({ nom: z.string(), codeInsee: z.string() })),
  arrondissements: z.array(z.object({ code: z.string(), nom: z.string() })),
  departement: z.object({ nom: z.string(), codeInsee: z.string() }),
  region: z.object({ codeInsee: z.string(), nom: z.string() }),
  academie: z.object({ id: z.string(), code: z.string(), nom: z.string() }),
  localisation: z.object({ centre: schemaPointApiApprentissage, bbox: z.object({ type: z.literal("Polygon"), coordinates: z.array(z.array(z.array(z.number()))) }) }),
  mission_locale: z.unknown().nullable(),
});

/**
 * Commune de l'API Apprentissage.
 *
 * @example
 * ```ts
 * const insee = (commune satisfies Commune).code.insee;
 * ```
 */
export type Commune = z.output<typeof schemaCommune>;

/**
 * Schéma zod d'un département de `/geographie/v1/departement`.
 *
 * @example
 * ```ts
 * z.array(schemaDepartement).parse(json);
 * ```
 */
export const schemaDepartement = z.object({
  nom: z.string(),
  codeInsee: z.string(),
  region: z.object({ codeInsee: z.string(), nom: z.string() }),
  academie: z.object({ id: z.string(), code: z.string(), nom: z.string() }),
});

import { z } from "zod";

const schemaAdresse = z.object({
  label: z.string().optional(),
  code_postal: z.string(),
  code_insee: z.string(),
  localite: z.string(),
  departement: z.object({ code: z.string(), nom: z.string() }).optional(),
  region: z.object({ code: z.string(), nom: z.string() }).optional(),
  academie: z.object({ code: z.string(), nom: z.string() }).optional(),
});

/**
 * Schéma zod d'un organisme du Référentiel national des organismes de formation (ONISEP,
 * `/api/v1/organismes`). Les champs facultatifs peuvent être absents.
 *
 * @example
 * ```ts
 * const organisme = schemaOrganismeOnisep.parse(json);
 * organisme.nature; // "responsable_formateur"
 * ```
 */
export const schemaOrganismeOnisep = z.object({
  siret: z.string().regex(/^\d{14}$/),
  uai: z.string().nullish(),
  raison_sociale: z.string().nullish(),
  enseigne: z.string().nullish(),
  nature: z.enum(["responsable", "formateur", "responsable_formateur", "inconnue"]),
  etat_administratif: z.enum(["actif", "fermé"]).nullish(),
  qualiopi: z.boolean().nullish(),
  numero_declaration_activite: z.string().nullish(),
  adresse: schemaAdresse.nullish(),
  lieux_de_formation: z.array(
    z.object({ code: z.string().optional(), siret: z.string().nullish(), uai: z.string().nullish(), uai_fiable: z.boolean().optional(), adresse: schemaAdresse.optional() }),
  ),
  relations: z.array(z.object({ type: z.string().optional(), siret: z.string(), uai: z.string().nullish(), label: z.string().nullish() })).default([]),
  uai_potentiels: z.array(z.object({ uai: z.string() })).default([]),
});

/**
 * Organisme du Référentiel ONISEP.
 *
 * @example
 * ```ts
 * const ouvert = (organisme satisfies OrganismeOnisep).etat_administratif === "actif";
 * ```
 */
export type OrganismeOnisep = z.output<typeof schemaOrganismeOnisep>;

/**
 * Schéma d'une page de `/api/v1/organismes` (pagination 1-based avec total).
 *
 * @example
 * ```ts
 * const page = schemaPageOrganismesOnisep.parse(json);
 * page.pagination.total;
 * ```
 */
export const schemaPageOrganismesOnisep = z.object({
  organismes: z.array(schemaOrganismeOnisep),
  pagination: z.object({
    page: z.number().int(),
    resultats_par_page: z.number().int(),
    nombre_de_page: z.number().int(),
    total: z.number().int(),
  }),
});

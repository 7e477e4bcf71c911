import { z } from "zod";
import { schemaCertification } from "./schemaCertification";
import { schemaAdresseApiApprentissage, schemaOrganismeApiApprentissage, schemaPointApiApprentissage } from "./schemaOrganismeApiApprentissage";

const schemaPartie = z.object({ organisme: schemaOrganismeApiApprentissage.nullable(), connu: z.boolean() });

/**
 * Schéma zod d'une formation du catalogue (`/formation/v1/search`, `/formation/v1/:id`).
 *
 * @example
 * ```ts
 * const formation = schemaFormation.parse(json);
 * formation.statut.catalogue; // "publié"
 * ```
 */
export const schemaFormation = z.object({
  identifiant: z.object({ cle_ministere_educatif: z.string() }),
  statut: z.object({ catalogue: z.enum(["publié", "supprimé", "archivé"]) }),
  formateur: schemaPartie,
  responsable: schemaPartie,
  certification: z.object({ valeur: schemaCertification.nullable(), connue: z.boolean() }),
  lieu: z.object({
    adresse: schemaAdresseApiApprentissage.nullable(),
    geolocalisation: schemaPointApiApprentissage,
    precision: z.number().nullable(),
    siret: z.string().nullable(),
    uai: z.string().nullable(),
  }),
  contact: z.object({ email: z.string().nullable(), telephone: z.string().nullable() }),
  sessions: z.array(z.object({ debut: z.string(), fin: z.string(), capacite: z.number().nullable() })),
});

/**
 * Formation de l'API Apprentissage.
 *
 * @example
 * ```ts
 * const cle = (formation satisfies Formation).identifiant.cle_ministere_educatif;
 * ```
 */
export type Formation = z.output<typeof schemaFormation>;

/**
 * Schéma d'une page de `/formation/v1/search`.
 *
 * @example
 * ```ts
 * const page = schemaPageFormations.parse(json);
 * ```
 */
export const schemaPageFormations = z.object({
  data: z.array(schemaFormation),
  pagination: z.object({ page_count: z.number().int(), page_size: z.number().int(), page_index: z.number().int() }),
});

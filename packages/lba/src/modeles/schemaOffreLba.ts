import { z } from "zod";
import { schemaLieuTravailLba } from "./schemaLieuTravailLba";

/**
 * Statuts d'offre lus sur l'API v3 (`Pending` n'y est jamais exposé, mais figure dans l'export).
 *
 * @example
 * ```ts
 * schemaStatutOffreLba.parse("Filled");
 * ```
 */
export const schemaStatutOffreLba = z.enum(["Active", "Filled", "Cancelled", "Pending"]);

/**
 * Schéma zod d'une offre lue sur l'API La bonne alternance v3 (`GET /v3/jobs/:id`, résultats
 * de recherche, export) : identifiant, lieu de travail (avec OPCO et IDCC dérivés du SIRET),
 * candidature, contrat, offre (titre, ROME, diplôme visé, publication, statut).
 *
 * @example
 * ```ts
 * const offre = schemaOffreLba.parse(json);
 * offre.offer.publication.expiration; // "2026-03-15T00:00:00.000Z"
 * ```
 */
export const schemaOffreLba = z.object({
  identifier: z.object({ id: z.string().min(1), partner_label: z.string(), partner_job_id: z.string().nullish() }),
  workplace: schemaLieuTravailLba,
  apply: z.object({ url: z.string(), phone: z.string().nullish(), recipient_id: z.string().nullish() }),
  contract: z.object({
    start: z.string().nullish(),
    duration: z.number().int().min(0).nullish(),
    type: z.array(z.enum(["Apprentissage", "Professionnalisation"])),
    remote: z.enum(["onsite", "remote", "hybrid"]).nullish(),
  }),
  offer: z.object({
    title: z.string().min(3),
    description: z.string(),
    rome_codes: z.array(z.string().regex(/^[A-Z]\d{4}$/)),
    desired_skills: z.array(z.string()).default([]),
    to_be_acquired_skills: z.array(z.string()).default([]),
    access_conditions: z.array(z.string()).default([]),
    opening_count: z.number().int().min(0),
    publication: z.object({ creation: z.string().nullish(), expiration: z.string().nullish() }),
    target_diploma: z.object({ european: z.enum(["3", "4", "5", "6", "7"]), label: z.string() }).nullish(),
    status: schemaStatutOffreLba,
  }),
  is_delegated: z.boolean().optional(),
});

/**
 * Offre lue sur l'API La bonne alternance v3.
 *
 * @example
 * ```ts
 * const titre = (offre: OffreLba) => offre.offer.title;
 * ```
 */
export type OffreLba = z.output<typeof schemaOffreLba>;

import { z } from "zod";

/**
 * Schéma zod de `GET /v3/jobs/:id/publishing-informations` : état de publication de l'offre
 * (la publication peut prendre une dizaine de minutes) et, en cas de refus, l'erreur.
 *
 * @example
 * ```ts
 * schemaInformationsPublicationLba.parse({ publishing: { status: "PUBLISHED" } });
 * ```
 */
export const schemaInformationsPublicationLba = z.object({
  publishing: z.object({
    status: z.enum(["WILL_BE_PUBLISHED", "PUBLISHED", "WILL_NOT_BE_PUBLISHED"]),
    error: z.object({ code: z.string(), label: z.string() }).nullish(),
  }),
});

/**
 * État de publication d'une offre.
 *
 * @example
 * ```ts
 * const publiee = (i: InformationsPublicationLba) => i.publishing.status === "PUBLISHED";
 * ```
 */
export type InformationsPublicationLba = z.output<typeof schemaInformationsPublicationLba>;

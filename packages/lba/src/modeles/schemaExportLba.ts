import { z } from "zod";

/**
 * Schéma zod de `GET /v3/jobs/export` : lien temporaire vers le fichier JSON de toutes les offres
 * (reconstruit chaque jour à 3 h ; les entreprises de l'algorithme y figurent depuis 2026-02).
 *
 * @example
 * ```ts
 * const { url, lastUpdate } = schemaExportLba.parse(json);
 * ```
 */
export const schemaExportLba = z.object({ url: z.url(), lastUpdate: z.string() });

/**
 * Lien d'export des offres.
 *
 * @example
 * ```ts
 * const lien = (e: ExportLba) => e.url;
 * ```
 */
export type ExportLba = z.output<typeof schemaExportLba>;

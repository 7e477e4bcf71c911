import { z } from "zod";
import { schemaOffreLba } from "./schemaOffreLba";
import { schemaRecruteurLba } from "./schemaRecruteurLba";

/**
 * Schéma zod de la réponse de `GET /v3/jobs/search` : offres, recruteurs de l'algorithme et
 * avertissements (au plus 150 résultats par source, triés par distance, sans pagination).
 *
 * @example
 * ```ts
 * const { jobs, recruiters, warnings } = schemaResultatRechercheLba.parse(json);
 * ```
 */
export const schemaResultatRechercheLba = z.object({
  jobs: z.array(schemaOffreLba),
  recruiters: z.array(schemaRecruteurLba),
  warnings: z.array(z.object({ message: z.string(), code: z.string() })).default([]),
});

/**
 * Résultat d'une recherche d'offres La bonne alternance.
 *
 * @example
 * ```ts
 * const total = (r: ResultatRechercheLba) => r.jobs.length + r.recruiters.length;
 * ```
 */
export type ResultatRechercheLba = z.output<typeof schemaResultatRechercheLba>;

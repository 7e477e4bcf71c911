import { z } from "zod";
import { schemaLieuTravailLba } from "./schemaLieuTravailLba";

/**
 * Schéma zod d'un recruteur « candidature spontanée » (entreprise de l'algorithme prédictif,
 * ex-La bonne boîte) renvoyé par `GET /v3/jobs/search` : identifiant, lieu de travail (dont OPCO,
 * IDCC, NAF), candidature.
 *
 * @example
 * ```ts
 * const recruteur = schemaRecruteurLba.parse(json.recruiters[0]);
 * recruteur.workplace.domain.idcc; // 1979
 * ```
 */
export const schemaRecruteurLba = z.object({
  identifier: z.object({ id: z.string().min(1) }),
  workplace: schemaLieuTravailLba,
  apply: z.object({ url: z.string(), phone: z.string().nullish(), recipient_id: z.string().nullish() }),
});

/**
 * Recruteur de l'algorithme prédictif renvoyé par la recherche.
 *
 * @example
 * ```ts
 * const siret = (r: RecruteurLba) => r.workplace.siret;
 * ```
 */
export type RecruteurLba = z.output<typeof schemaRecruteurLba>;

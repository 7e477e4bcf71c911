import { z } from "@hono/zod-openapi";

/**
 * Paramètre de requête `enClair` des routes qui peuvent renvoyer des données du contrat.
 *
 * @example
 * ```ts
 * const requete = z.object({ date: z.string().optional(), enClair: parametreEnClair });
 * ```
 */
export const parametreEnClair = z.enum(["true", "false"]).optional().openapi({
  description:
    "Données personnelles (NIR, courriels, téléphones, dates de naissance) en clair dans la réponse. Par défaut (false), elles sont masquées dans les messages, les détails et les erreurs. true n'est permis que si le service a été démarré avec OPCO_EN_CLAIR_AUTORISE=1 (ou opco serveur --en-clair-autorise) ; sinon 403.",
});

/**
 * En-tête `Donnees-Personnelles` des réponses de ces routes, pour leur description OpenAPI.
 *
 * @example
 * ```ts
 * const reponse = { description: "…", headers: entetesDonneesPersonnelles, content: { … } };
 * ```
 */
export const entetesDonneesPersonnelles = z.object({
  "Donnees-Personnelles": z.enum(["masquees", "en-clair"]).openapi({ description: "masquees (par défaut) ou en-clair (enClair=true permis par le service)" }),
});

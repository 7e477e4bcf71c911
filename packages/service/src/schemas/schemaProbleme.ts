import { z } from "@hono/zod-openapi";

/**
 * Schéma d'un problème `application/problem+json` (RFC 9457) rendu par le service : membres
 * standard et extensions (ligne et colonne d'un JSON invalide, champs fautifs, limite…).
 *
 * @example
 * ```ts
 * schemaProbleme.parse({ type: "https://…#probleme-415", title: "…", status: 415, detail: "…" });
 * ```
 */
export const schemaProbleme = z
  .looseObject({
    type: z.string().openapi({ description: "URI du type de problème" }),
    title: z.string().openapi({ description: "Titre court, en français" }),
    status: z.number().int(),
    detail: z.string().openapi({ description: "Explication de cette occurrence, en français" }),
    instance: z.string().optional().openapi({ description: "Identifiant de la requête (urn:requete:…)" }),
    ligne: z.number().int().optional(),
    colonne: z.number().int().optional(),
    erreurs: z.array(z.object({ chemin: z.string(), message: z.string() })).optional(),
  })
  .openapi("Probleme");

/** Réponses d'erreur communes d'une route, pour sa description OpenAPI. */
export function reponsesProblemes(...codes: number[]): Record<number, { description: string; content: { "application/problem+json": { schema: typeof schemaProbleme } } }> {
  const libelles: Record<number, string> = {
    400: "JSON invalide (ligne et colonne)",
    401: "Clé d'API absente ou inconnue",
    403: "Données personnelles en clair non permises par ce service (enClair=true)",
    404: "Ressource introuvable",
    413: "Corps de requête trop volumineux",
    415: "Type de contenu non pris en charge",
    422: "Requête invalide (paramètre ou champ fautif)",
    429: "Limite de débit atteinte (Retry-After)",
    503: "Service en arrêt ou délai de traitement dépassé",
  };
  return Object.fromEntries(codes.map((c) => [c, { description: libelles[c] ?? "Problème", content: { "application/problem+json": { schema: schemaProbleme } } }]));
}

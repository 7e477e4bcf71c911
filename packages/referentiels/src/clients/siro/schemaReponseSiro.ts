import { z } from "zod";

const schemaOpco = z.object({ code: z.string(), nom: z.string() });

/**
 * Schéma zod de la réponse SIRO de France compétences, discriminée par `code` :
 * `"01"` trouvé, `"02"` revendiqué par un OPCO (établissements chiffrés), `"03"` trouvé par
 * l'API Déclaration d'un OPCO, `"99"` inconnu.
 *
 * @example
 * ```ts
 * const r = schemaReponseSiro.parse({ code: "01", siret: "42476141900045", idcc: "1234", opcoRattachement: { code: "1", nom: "AKTO" } });
 * ```
 */
export const schemaReponseSiro = z.discriminatedUnion("code", [
  z.object({ code: z.literal("01"), siret: z.string(), idcc: z.string().nullish(), opcoRattachement: schemaOpco, opcoGestion: schemaOpco.nullish() }),
  z.object({ code: z.literal("02"), siret: z.string(), idcc: z.string().nullish(), opcoRattachement: schemaOpco, opcoGestion: schemaOpco.nullish() }),
  z.object({ code: z.literal("03"), siret: z.string(), idcc: z.string().nullish(), opcoRattachement: schemaOpco, opcoGestion: schemaOpco.nullish() }),
  z.object({ code: z.literal("99"), siret: z.string() }),
]);

/**
 * Réponse SIRO validée.
 *
 * @example
 * ```ts
 * if ((r satisfies ReponseSiro).code === "01") console.log(r.opcoRattachement.nom);
 * ```
 */
export type ReponseSiro = z.output<typeof schemaReponseSiro>;

import { z } from "zod";

/**
 * Schéma zod d'une réponse « quel OPCO ? » de CFA Dock (`GET /api/opcos?siret=`, éléments de
 * `found` du lot). `idcc` est numérique (le zéro initial est perdu : voir {@link OpcoCfaDock}).
 *
 * @example
 * ```ts
 * const r = schemaOpcoCfaDock.parse({ filters: { siret: "42476141900045" }, idcc: 1516, opcoName: "AKTO", opcoSiren: null, searchStatus: "OK", url: null });
 * ```
 */
export const schemaOpcoCfaDock = z.object({
  filters: z.object({ siret: z.string().nullish(), idcc: z.union([z.number(), z.string()]).nullish() }).optional(),
  idcc: z.number().int().nullable(),
  opcoName: z.string().nullable(),
  opcoSiren: z.string().nullish(),
  searchStatus: z.string(),
  url: z.string().nullish(),
});

/**
 * Réponse CFA Dock brute validée.
 *
 * @example
 * ```ts
 * if ((r satisfies ReponseOpcoCfaDock).searchStatus === "MULTIPLE_OPCO") console.log("OPCO multiple");
 * ```
 */
export type ReponseOpcoCfaDock = z.output<typeof schemaOpcoCfaDock>;

/**
 * Résultat normalisé d'une recherche CFA Dock : `trouve` (OPCO et IDCC sur 4 chiffres), `multiple`
 * (`MULTIPLE_OPCO`) ou `inconnu` (tout autre statut).
 *
 * @example
 * ```ts
 * const r: OpcoCfaDock = { siret: "42476141900045", statut: "trouve", opco: "AKTO", idcc: "1516" };
 * ```
 */
export type OpcoCfaDock =
  | { siret: string; statut: "trouve"; opco: string; idcc: string | null }
  | { siret: string; statut: "multiple"; opco: null; idcc: null }
  | { siret: string; statut: "inconnu"; opco: null; idcc: null; statutRecherche: string };

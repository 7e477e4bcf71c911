import { z } from "zod";

const schemaResultat = z.object({
  // les versions récentes ne renvoient que l'identifiant, les anciennes l'organisme complet (Qualiopi, NDA)
  organisme: z.object({
    identifiant: z.object({ uai: z.string().nullable(), siret: z.string() }),
    renseignements_specifiques: z.object({ qualiopi: z.boolean(), numero_activite: z.string().nullable() }).optional(),
  }),
  status: z.object({ ouvert: z.boolean(), declaration_catalogue: z.boolean(), validation_uai: z.boolean() }),
  correspondances: z.object({
    uai: z.object({ lui_meme: z.boolean(), son_lieu: z.boolean() }).nullable(),
    siret: z.object({ lui_meme: z.boolean(), son_formateur: z.boolean(), son_responsable: z.boolean() }).nullable(),
  }),
});

/**
 * Schéma zod de la réponse de `GET /organisme/v1/recherche` : statut du SIRET et de l'UAI, résultat
 * retenu par l'algorithme du serveur (ou `null`) et candidats à examiner.
 *
 * @example
 * ```ts
 * const r = schemaRechercheOrganisme.parse(json);
 * if (r.resultat === null) console.log(r.candidats.length, "candidats");
 * ```
 */
export const schemaRechercheOrganisme = z.object({
  metadata: z.object({
    uai: z.object({ status: z.enum(["inconnu", "ok"]) }).nullable(),
    siret: z.object({ status: z.enum(["inconnu", "fermé", "ok"]) }).nullable(),
  }),
  resultat: schemaResultat.nullable(),
  candidats: z.array(schemaResultat),
});

/**
 * Réponse de la recherche d'organisme de l'API Apprentissage.
 *
 * @example
 * ```ts
 * const statut = (reponse satisfies RechercheOrganisme).metadata.siret?.status; // "ok" | "fermé" | "inconnu"
 * ```
 */
export type RechercheOrganisme = z.output<typeof schemaRechercheOrganisme>;

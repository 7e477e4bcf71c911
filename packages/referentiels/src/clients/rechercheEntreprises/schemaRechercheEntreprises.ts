import { z } from "zod";

const schemaEtablissement = z.object({
  siret: z.string().regex(/^\d{14}$/),
  activite_principale: z.string().nullable(),
  adresse: z.string().nullable(),
  code_postal: z.string().nullable(),
  commune: z.string().nullable(),
  libelle_commune: z.string().nullish(),
  est_siege: z.boolean().optional(),
  etat_administratif: z.string(),
  liste_idcc: z.array(z.string()).nullable(),
  tranche_effectif_salarie: z.string().nullable(),
});

/**
 * Schéma zod de la réponse de `GET /search` de l'API Recherche d'entreprises
 * (`recherche-entreprises.api.gouv.fr`) : unités légales avec siège et établissements correspondants.
 *
 * @example
 * ```ts
 * const r = schemaRechercheEntreprises.parse(json);
 * r.results[0]?.matching_etablissements[0]?.liste_idcc; // ["1516"]
 * ```
 */
export const schemaRechercheEntreprises = z.object({
  results: z.array(
    z.object({
      siren: z.string().regex(/^\d{9}$/),
      nom_complet: z.string().nullable(),
      etat_administratif: z.string(),
      activite_principale: z.string().nullable(),
      tranche_effectif_salarie: z.string().nullable(),
      siege: schemaEtablissement,
      matching_etablissements: z.array(schemaEtablissement),
      complements: z.object({ liste_idcc: z.array(z.string()).nullable() }).partial().nullish(),
    }),
  ),
  total_results: z.number().int(),
  page: z.number().int(),
  per_page: z.number().int(),
  total_pages: z.number().int(),
});

/**
 * Réponse validée de la recherche d'entreprises.
 *
 * @example
 * ```ts
 * const total = (r satisfies RechercheEntreprises).total_results;
 * ```
 */
export type RechercheEntreprises = z.output<typeof schemaRechercheEntreprises>;

/**
 * Établissement normalisé : état administratif, NAF, IDCC (4 chiffres), tranche d'effectif, adresse.
 *
 * @example
 * ```ts
 * const e: EtablissementEntreprise = {
 *   siret: "77871521900151", siren: "778715219", nom: "EXEMPLE", etatAdministratif: "actif", naf: "85.59A",
 *   idcc: ["1516"], trancheEffectif: "11", adresse: "1 RUE X 25000 BESANCON", codePostal: "25000", commune: "25056",
 * };
 * ```
 */
export interface EtablissementEntreprise {
  siret: string;
  siren: string;
  nom: string | null;
  etatAdministratif: "actif" | "ferme";
  naf: string | null;
  idcc: string[];
  trancheEffectif: string | null;
  adresse: string | null;
  codePostal: string | null;
  commune: string | null;
}

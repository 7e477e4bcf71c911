import { z } from "zod";

const texte = z.string().nullish();

/**
 * Schéma zod du point GeoJSON d'une adresse La bonne alternance (`[longitude, latitude]`).
 *
 * @example
 * ```ts
 * schemaPointLba.parse({ type: "Point", coordinates: [2.35, 48.85] });
 * ```
 */
export const schemaPointLba = z.object({
  type: z.literal("Point"),
  coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
});

/**
 * Schéma zod du lieu de travail (entreprise) d'une offre ou d'un recruteur lu sur l'API
 * La bonne alternance v3 : SIRET, noms, taille, adresse, point, et **domaine** (IDCC, OPCO au
 * libellé La bonne alternance, NAF), dérivé du SIRET par le service.
 *
 * @example
 * ```ts
 * const lieu = schemaLieuTravailLba.parse(json.workplace);
 * lieu.domain.opco; // "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre"
 * ```
 */
export const schemaLieuTravailLba = z.object({
  siret: z.string().regex(/^\d{14}$/).nullish(),
  brand: texte,
  legal_name: texte,
  website: texte,
  name: texte,
  description: texte,
  size: texte,
  location: z.object({ address: z.string(), geopoint: schemaPointLba.nullish() }),
  domain: z.object({
    idcc: z.number().int().nullish(),
    opco: texte,
    naf: z.object({ code: z.string(), label: texte }).nullish(),
  }),
});

/**
 * Lieu de travail d'une offre La bonne alternance.
 *
 * @example
 * ```ts
 * const departementCode = (lieu: LieuTravailLba) => lieu.location.address;
 * ```
 */
export type LieuTravailLba = z.output<typeof schemaLieuTravailLba>;

import { z } from "zod";

const schemaPoint = z.object({ type: z.literal("Point"), coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]) });

const schemaAdresse = z.object({
  label: z.string().nullable(),
  code_postal: z.string().nullable(),
  commune: z.object({ nom: z.string(), code_insee: z.string() }),
  departement: z.object({ nom: z.string(), code_insee: z.string() }),
  region: z.object({ code_insee: z.string(), nom: z.string() }),
  academie: z.object({ id: z.string(), code: z.string(), nom: z.string() }),
});

/**
 * Schéma zod d'un organisme de l'API Apprentissage (`/organisme/v1/export`, organismes des formations).
 * Les champs sont présents et `null` plutôt qu'absents ; les dates de création `1900-01-01`
 * (établissement) et `1990-01-01` (unité légale) signifient « inconnue ».
 *
 * @example
 * ```ts
 * const organisme = schemaOrganismeApiApprentissage.parse(json);
 * organisme.etablissement.ouvert; // true
 * ```
 */
export const schemaOrganismeApiApprentissage = z.object({
  identifiant: z.object({ uai: z.string().nullable(), siret: z.string().regex(/^\d{14}$/) }),
  etablissement: z.object({
    siret: z.string(),
    ouvert: z.boolean(),
    enseigne: z.string().nullable(),
    adresse: schemaAdresse.nullable(),
    geopoint: schemaPoint.nullable(),
    creation: z.string(),
    fermeture: z.string().nullable(),
  }),
  unite_legale: z.object({
    siren: z.string().regex(/^\d{9}$/),
    actif: z.boolean(),
    raison_sociale: z.string(),
    creation: z.string(),
    cessation: z.string().nullable(),
  }),
  renseignements_specifiques: z.object({ qualiopi: z.boolean(), numero_activite: z.string().nullable() }),
  statut: z.object({ referentiel: z.enum(["présent", "supprimé"]) }),
  contacts: z.array(z.object({ email: z.string(), sources: z.array(z.string()), confirmation_referentiel: z.boolean() })),
});

/**
 * Organisme de l'API Apprentissage (sortie de {@link schemaOrganismeApiApprentissage}).
 *
 * @example
 * ```ts
 * const siret: string = (organisme satisfies OrganismeApiApprentissage).identifiant.siret;
 * ```
 */
export type OrganismeApiApprentissage = z.output<typeof schemaOrganismeApiApprentissage>;

/**
 * Schéma d'une page de `/organisme/v1/export` (pagination 0-based, sans total).
 *
 * @example
 * ```ts
 * const page = schemaPageOrganismes.parse(json); // { data, pagination: { page_count, page_size, page_index } }
 * ```
 */
export const schemaPageOrganismes = z.object({
  data: z.array(schemaOrganismeApiApprentissage),
  pagination: z.object({ page_count: z.number().int(), page_size: z.number().int(), page_index: z.number().int() }),
});

/**
 * Schéma d'un point GeoJSON strict (`[longitude, latitude]`), partagé par les modèles de l'API Apprentissage.
 *
 * @example
 * ```ts
 * schemaPointApiApprentissage.parse({ type: "Point", coordinates: [2.35, 48.85] });
 * ```
 */
export const schemaPointApiApprentissage = schemaPoint;

/**
 * Schéma d'une adresse de l'API Apprentissage (commune, département, région, académie).
 *
 * @example
 * ```ts
 * schemaAdresseApiApprentissage.parse(organisme.etablissement.adresse);
 * ```
 */
export const schemaAdresseApiApprentissage = schemaAdresse;

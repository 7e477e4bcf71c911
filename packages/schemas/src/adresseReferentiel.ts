import { z } from "zod";
import { champNombre } from "./champs/champNombre.js";
import { champTexte } from "./champs/champTexte.js";
import { avecAlias } from "./normalisation/avecAlias.js";

const codeNom = (titre: string) =>
  z
    .strictObject({
      code: champTexte("Code", { majuscules: true, sansEspaces: true }).optional(),
      nom: champTexte("Nom").optional(),
    })
    .meta({ description: titre });

/**
 * Point géographique GeoJSON (`{ type: "Point", coordinates: [longitude, latitude] }`).
 *
 * @example
 * ```ts
 * schemaPointGeo.parse({ type: "Point", coordinates: [4.8357, 45.764] });
 * ```
 */
export const schemaPointGeo = z
  .strictObject({
    type: z.literal("Point"),
    coordinates: z.tuple([
      champNombre("Longitude", { min: -180, max: 180 }),
      champNombre("Latitude", { min: -90, max: 90 }),
    ]),
  })
  .meta({ title: "PointGeo", description: "Point GeoJSON [longitude, latitude]" });

/** Point GeoJSON (voir {@link schemaPointGeo}). @example `const p: PointGeo = { type: "Point", coordinates: [4.83, 45.76] };` */
export type PointGeo = z.infer<typeof schemaPointGeo>;

const anneau = z.array(z.tuple([z.number(), z.number()]));

/**
 * Géolocalisation GeoJSON : un point, ou le contour (polygone, multipolygone) que le
 * géocodage renvoie quand l'adresse n'est connue qu'à la commune ou à la rue.
 *
 * @example
 * ```ts
 * schemaGeometrieGeo.parse({ type: "Polygon", coordinates: [[[5.03, 47.35], [5.04, 47.34], [5.03, 47.35]]] });
 * ```
 */
export const schemaGeometrieGeo = z
  .union([
    schemaPointGeo,
    z.strictObject({ type: z.literal("Polygon"), coordinates: z.array(anneau) }),
    z.strictObject({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(anneau)) }),
  ])
  .meta({ title: "GeometrieGeo", description: "Géométrie GeoJSON (Point, Polygon ou MultiPolygon)" });

/** Géométrie GeoJSON (voir {@link schemaGeometrieGeo}). @example `const g: GeometrieGeo = { type: "Point", coordinates: [4.83, 45.76] };` */
export type GeometrieGeo = z.infer<typeof schemaGeometrieGeo>;

/**
 * Adresse enrichie des référentiels (organismes, formations) : libellé, code postal,
 * code commune INSEE, commune, département, région, académie et géolocalisation.
 * En entrée, `code_postal`, `code_insee` et `localite` du Référentiel des organismes
 * sont acceptés.
 *
 * @example
 * ```ts
 * schemaAdresseReferentiel.parse({
 *   label: "12 Rue Paul Dopff 67100 Strasbourg", codePostal: "67100", codeInsee: "67482", commune: "Strasbourg",
 *   departement: { code: "67", nom: "Bas-Rhin" }, region: { code: "44", nom: "Grand Est" },
 * });
 * ```
 */
export const schemaAdresseReferentiel = avecAlias(
  z
    .strictObject({
      label: champTexte("Adresse complète sur une ligne").optional(),
      codePostal: champTexte("Code postal", { sansEspaces: true, completerZeros: 5 }).optional(),
      codeInsee: champTexte("Code commune INSEE", { majuscules: true, sansEspaces: true }).optional(),
      commune: champTexte("Commune").optional(),
      departement: codeNom("Département").optional(),
      region: codeNom("Région").optional(),
      academie: codeNom("Académie").optional(),
      geolocalisation: schemaGeometrieGeo.optional(),
    })
    .meta({ title: "AdresseReferentiel", description: "Adresse enrichie d'un référentiel" }),
  { code_postal: "codePostal", code_insee: "codeInsee", localite: "commune", geopoint: "geolocalisation" },
);

/** Adresse de référentiel (voir {@link schemaAdresseReferentiel}). @example `const a: AdresseReferentiel = { codePostal: "67100" };` */
export type AdresseReferentiel = z.infer<typeof schemaAdresseReferentiel>;

import { createRoute, z } from "@hono/zod-openapi";
import { libelleOpcoLba } from "@communs-opco/lba";
import { departement, resoudreOpco } from "@communs-opco/nomenclatures";
import { schemaOffre } from "@communs-opco/schemas";
import type { Context } from "hono";
import type { EnvService } from "../EnvService";
import { ErreurProbleme } from "../ErreurProbleme";
import type { ModuleRoutes } from "../ModuleRoutes";
import { monterRoute } from "../monterRoute";
import { reponsesProblemes, schemaProbleme } from "../schemas/schemaProbleme";
import type { CriteresOffres } from "../SourceOffresLba";

/** Bornes de la pagination et des critères. */
const PAR_PAGE_DEFAUT = 10;
const PAR_PAGE_MAX = 50;
const PAGE_MAX = 1000;
const ROMES_MAX = 20;

const schemaPageOffres = z
  .object({
    offres: z.array(schemaOffre).openapi({ description: "Offres de la page, au format standard `Offre` (coordonnées personnelles masquées)" }),
    total: z.number().int().min(0).openapi({ description: "Nombre d'offres trouvées pour ces critères, toutes pages" }),
    page: z.number().int().min(1),
    parPage: z.number().int().min(1).max(PAR_PAGE_MAX),
  })
  .openapi("PageOffres");

const routeOffres = createRoute({
  method: "get",
  path: "/v1/offres",
  tags: ["Offres"],
  summary: "Offres d'emploi en alternance de La bonne alternance pour le périmètre d'un OPCO",
  description:
    "Recherche dans l'API partenaires de La bonne alternance (client `@communs-opco/lba`), convertie au format standard `Offre`. Les recherches sont mises en cache (critères normalisés) et le débit vers La bonne alternance est plafonné. Si La bonne alternance n'est pas configurée ou ne répond pas, un problème 503 en donne la raison (`raison`) — jamais une liste vide.",
  request: {
    query: z.object({
      opco: z.string().optional().openapi({ description: "OPCO de l'entreprise : slug ou nom connu", example: "akto" }),
      rome: z.array(z.string()).optional().openapi({ description: `Codes ROME (répétable, ou séparés par des virgules ; ${ROMES_MAX} au plus)`, example: "G1602" }),
      departement: z.string().optional().openapi({ description: "Code du département", example: "75" }),
      rayon: z.string().optional().openapi({ description: "Rayon en km autour de latitude/longitude, 0 à 200 (sans point, La bonne alternance l'ignore)", example: "30" }),
      latitude: z.string().optional().openapi({ description: "Latitude du centre de recherche (avec longitude)", example: "48.8576" }),
      longitude: z.string().optional().openapi({ description: "Longitude du centre de recherche (avec latitude)", example: "2.3795" }),
      page: z.string().optional().openapi({ description: `Numéro de page à partir de 1 (par défaut 1, ${PAGE_MAX} au plus)`, example: "1" }),
      parPage: z.string().optional().openapi({ description: `Offres par page, 1 à ${PAR_PAGE_MAX} (par défaut ${PAR_PAGE_DEFAUT})`, example: "10" }),
    }),
  },
  responses: {
    200: { description: "Une page d'offres", content: { "application/json": { schema: schemaPageOffres } } },
    ...reponsesProblemes(401, 422, 429),
    503: { description: "La bonne alternance non configurée, injoignable, en erreur, trop lente ou illisible (`raison`, `Retry-After`)", content: { "application/problem+json": { schema: schemaProbleme } } },
  },
});

function invalide(parametre: string, detail: string): ErreurProbleme {
  return new ErreurProbleme(422, "Paramètre invalide", detail, { parametre });
}

function entier(c: Context<EnvService>, parametre: string, defaut: number, min: number, max: number): number {
  const brut = c.req.query(parametre);
  if (brut === undefined) return defaut;
  if (!/^\d{1,6}$/.test(brut) || Number(brut) < min || Number(brut) > max) throw invalide(parametre, `le paramètre ${parametre} attend un entier de ${min} à ${max} (reçu : « ${brut.slice(0, 40)} »)`);
  return Number(brut);
}

function nombre(c: Context<EnvService>, parametre: string, min: number, max: number): number | undefined {
  const brut = c.req.query(parametre);
  if (brut === undefined) return undefined;
  const valeur = /^-?\d{1,3}(\.\d{1,8})?$/.test(brut.trim()) ? Number(brut) : Number.NaN;
  if (!(valeur >= min && valeur <= max)) throw invalide(parametre, `le paramètre ${parametre} attend un nombre de ${min} à ${max} (reçu : « ${brut.slice(0, 40)} »)`);
  return valeur;
}

/** Critères normalisés de la requête (422 en français sur tout paramètre fautif). */
function lireCriteres(c: Context<EnvService>): CriteresOffres {
  let opco: string | undefined;
  const opcoBrut = c.req.query("opco");
  if (opcoBrut !== undefined) {
    const slug = resoudreOpco(opcoBrut)?.slug;
    if (slug === undefined || libelleOpcoLba(slug) === undefined) throw invalide("opco", `OPCO inconnu « ${opcoBrut.slice(0, 80)} » (slug ou nom de l'un des 11 OPCO attendu, par exemple akto ou opco-ep)`);
    opco = slug;
  }
  const romes = [
    ...new Set(
      (c.req.queries("rome") ?? [])
        .flatMap((valeur) => valeur.split(","))
        .map((r) => r.trim().toUpperCase())
        .filter((r) => r !== ""),
    ),
  ].sort();
  const romeFautif = romes.find((r) => !/^[A-Z]\d{4}$/.test(r));
  if (romeFautif !== undefined) throw invalide("rome", `code ROME invalide « ${romeFautif.slice(0, 40)} » (une lettre et quatre chiffres, par exemple G1602)`);
  if (romes.length > ROMES_MAX) throw invalide("rome", `au plus ${ROMES_MAX} codes ROME par recherche (reçus : ${romes.length})`);
  let codeDepartement: string | undefined;
  const departementBrut = c.req.query("departement");
  if (departementBrut !== undefined) {
    const trouve = departement(departementBrut);
    if (trouve === undefined || trouve.code === "99") throw invalide("departement", `département inconnu « ${departementBrut.slice(0, 40)} » (code INSEE attendu, par exemple 75, 2A ou 971)`);
    codeDepartement = trouve.code;
  }
  const rayonKm = nombre(c, "rayon", 0, 200);
  const latitude = nombre(c, "latitude", -90, 90);
  const longitude = nombre(c, "longitude", -180, 180);
  if ((latitude === undefined) !== (longitude === undefined)) throw invalide(latitude === undefined ? "latitude" : "longitude", "les paramètres latitude et longitude vont ensemble");
  return {
    romes,
    ...(opco === undefined ? {} : { opco }),
    ...(codeDepartement === undefined ? {} : { departement: codeDepartement }),
    ...(rayonKm === undefined ? {} : { rayonKm }),
    ...(latitude === undefined || longitude === undefined ? {} : { latitude, longitude }),
  };
}

/**
 * Route des offres de La bonne alternance : `GET /v1/offres?opco=&rome=&departement=&rayon=&page=&parPage=`,
 * réponse `{ offres, total, page, parPage }` (offres au format standard). Jeton et URL de
 * La bonne alternance : configuration `lba` du service ou variables `COMMUNS_OPCO_LBA_JETON`,
 * `COMMUNS_OPCO_LBA_URL` ; sans jeton, la route répond 503 « non configurée ».
 *
 * @example
 * ```ts
 * const app = creerApplication({ lba: { jeton } }, { modules: [routesOffres] });
 * await app.app.request("/v1/offres?opco=akto&rome=G1602&departement=75");
 * ```
 */
export const routesOffres: ModuleRoutes = {
  nom: "offres",
  monter(app, contexte) {
    monterRoute(app, routeOffres, async (c) => {
      const criteres = lireCriteres(c);
      const page = entier(c, "page", 1, 1, PAGE_MAX);
      const parPage = entier(c, "parPage", PAR_PAGE_DEFAUT, 1, PAR_PAGE_MAX);
      const source = contexte.offres;
      if (source === undefined) {
        throw new ErreurProbleme(503, "Offres non configurées", "aucun jeton La bonne alternance n'est configuré pour ce service (variable COMMUNS_OPCO_LBA_JETON, ou COMMUNS_OPCO_API_APPRENTISSAGE_CLE, au démarrage)", { raison: "non_configure" });
      }
      return c.json(await source.rechercher(criteres, page, parPage));
    });
  },
};

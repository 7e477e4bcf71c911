import { convertirDonnees, ErreurUsage } from "@communs-opco/cli";
import { createRoute, z } from "@hono/zod-openapi";
import { ErreurProbleme } from "../ErreurProbleme";
import { lireOctets } from "../lireCorps";
import type { ModuleRoutes } from "../ModuleRoutes";
import { monterRoute } from "../monterRoute";
import { reponsesProblemes } from "../schemas/schemaProbleme";

const ENTETES_BILAN = z.object({
  "Opco-Conversion-Lus": z.string().openapi({ description: "Enregistrements lus" }),
  "Opco-Conversion-Ecrits": z.string().openapi({ description: "Enregistrements écrits" }),
  "Opco-Conversion-Non-Convertis": z.string().openapi({ description: "Enregistrements illisibles ou inconvertibles (non écrits)" }),
});

const routeConvertir = createRoute({
  method: "post",
  path: "/v1/contrats/convertir",
  tags: ["Contrats"],
  summary: "Convertit un fichier d'un format d'échange vers un autre (équivalent de `opco convertir`)",
  description: "Le corps est le fichier tel quel (JSON, XML, CSV, PDF… selon le format `de`) ; la réponse est le fichier converti, du type MIME du format `vers`. Le bilan (lus, écrits, non convertis) est dans les en-têtes Opco-Conversion-*.",
  request: {
    query: z.object({ de: z.string().optional().openapi({ description: "Format lu, ou auto (détection)", example: "deca" }), vers: z.string().openapi({ description: "Format écrit (voir GET /v1/formats)", example: "standard" }) }),
    body: { required: true, content: { "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) } } },
  },
  responses: {
    200: { description: "Fichier converti", headers: ENTETES_BILAN, content: { "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) }, "application/json": { schema: z.unknown() } } },
    ...reponsesProblemes(401, 413, 422, 429),
  },
});

/**
 * Route de conversion de formats : `POST /v1/contrats/convertir?de=&vers=`.
 *
 * @example
 * ```ts
 * const app = creerApplication(configuration, { modules: [routesConversion] });
 * ```
 */
export const routesConversion: ModuleRoutes = {
  nom: "conversion",
  monter(app, contexte) {
    monterRoute(app, routeConvertir, async (c) => {
      const vers = c.req.query("vers");
      if (vers === undefined) throw new ErreurProbleme(422, "Paramètre invalide", "le paramètre vers (format à écrire) est obligatoire", { parametre: "vers" });
      const octets = await lireOctets(c.req.raw, contexte.limiteCorpsOctets);
      try {
        const conversion = await convertirDonnees({ nom: "requête", octets }, c.req.query("de") ?? "auto", vers);
        return new Response(conversion.ecrit.octets, {
          status: 200,
          headers: {
            "content-type": conversion.typeMime,
            "opco-conversion-lus": String(conversion.total),
            "opco-conversion-ecrits": String(conversion.valeurs.length),
            "opco-conversion-non-convertis": String(conversion.erreurs.length),
          },
        });
      } catch (erreur) {
        if (erreur instanceof ErreurUsage) throw new ErreurProbleme(422, "Conversion impossible", erreur.message);
        throw erreur;
      }
    });
  },
};

import { calculerIndicateurs } from "@communs-opco/cli";
import { createRoute, z } from "@hono/zod-openapi";
import { DIMENSIONS, type Dimension } from "@communs-opco/indicateurs";
import { estDateIso } from "@communs-opco/regles";
import { ErreurProbleme } from "../ErreurProbleme";
import { decoderTexte, exigerTypeContenu, lireOctets } from "../lireCorps";
import type { ModuleRoutes } from "../ModuleRoutes";
import { monterRoute } from "../monterRoute";
import { reponsesProblemes } from "../schemas/schemaProbleme";

const schemaIndicateurs = z
  .looseObject({
    bilan: z.looseObject({ total: z.number().int(), comptes: z.number().int() }),
    groupes: z.array(z.looseObject({})),
    lignes: z.object({ lues: z.number().int(), vides: z.number().int(), effectifs: z.number().int(), illisibles: z.array(z.object({ ligne: z.number().int(), motif: z.string() })) }),
    dedoublonnage: z.looseObject({}).optional(),
    avertissements: z.array(z.string()),
  })
  .openapi("Indicateurs");

const routeIndicateurs = createRoute({
  method: "post",
  path: "/v1/indicateurs",
  tags: ["Indicateurs"],
  summary: "Indicateurs du Tableau de bord à une date (équivalent de `opco indicateurs --json`)",
  description: "Corps : effectifs en NDJSON (un effectif par ligne, forme du Tableau de bord ou dossier apprenant standard). Une ligne illisible est comptée avec son numéro et son motif. Rattachement OPCO par l'IDCC (table IDCC → OPCO).",
  request: {
    query: z.object({
      date: z.string().openapi({ description: "Date des indicateurs AAAA-MM-JJ", example: "2025-03-06" }),
      par: z.string().optional().openapi({ description: `Dimensions séparées par des virgules : ${DIMENSIONS.join(", ")}` }),
      maintenant: z.string().optional().openapi({ description: "« Maintenant » du Tableau de bord (dimension trancheAgeTdb)" }),
      dedoublonner: z.enum(["true", "false"]).optional(),
      toutesAnnees: z.enum(["true", "false"]).optional().openapi({ description: "N'applique pas le filtre d'année scolaire" }),
    }),
    body: { required: true, content: { "application/x-ndjson": { schema: z.string().openapi({ description: "Un effectif JSON par ligne" }) } } },
  },
  responses: { 200: { description: "Indicateurs", content: { "application/json": { schema: schemaIndicateurs } } }, ...reponsesProblemes(401, 413, 415, 422, 429) },
});

function date(valeur: string | undefined, parametre: string): string | undefined {
  if (valeur === undefined) return undefined;
  if (!(/^\d{4}-\d{2}-\d{2}$/.test(valeur) && estDateIso(valeur))) throw new ErreurProbleme(422, "Paramètre invalide", `le paramètre ${parametre} attend une date AAAA-MM-JJ existante (reçu : « ${valeur} »)`, { parametre });
  return valeur;
}

/**
 * Route des indicateurs du Tableau de bord : `POST /v1/indicateurs` (effectifs NDJSON).
 *
 * @example
 * ```ts
 * const app = creerApplication(configuration, { modules: [routesIndicateurs] });
 * ```
 */
export const routesIndicateurs: ModuleRoutes = {
  nom: "indicateurs",
  monter(app, contexte) {
    monterRoute(app, routeIndicateurs, async (c) => {
      exigerTypeContenu(c.req.raw, ["application/x-ndjson"]);
      const jour = date(c.req.query("date"), "date");
      if (jour === undefined) throw new ErreurProbleme(422, "Paramètre invalide", "le paramètre date (AAAA-MM-JJ) est obligatoire", { parametre: "date" });
      const maintenant = date(c.req.query("maintenant"), "maintenant");
      const par = (c.req.query("par") ?? "").split(",").map((d) => d.trim()).filter((d) => d !== "");
      for (const d of par) if (!DIMENSIONS.includes(d as Dimension)) throw new ErreurProbleme(422, "Paramètre invalide", `dimension inconnue : « ${d} » (attendu : ${DIMENSIONS.join(", ")})`, { parametre: "par" });
      if (new Set(par).size !== par.length) throw new ErreurProbleme(422, "Paramètre invalide", "une dimension est répétée dans par", { parametre: "par" });
      if (par.includes("trancheAgeTdb") && maintenant === undefined) throw new ErreurProbleme(422, "Paramètre invalide", "la dimension trancheAgeTdb demande le paramètre maintenant", { parametre: "maintenant" });
      const texte = decoderTexte(await lireOctets(c.req.raw, contexte.limiteNdjsonOctets));
      const { resultat, lignes, dedoublonnage } = calculerIndicateurs(texte, {
        date: jour,
        par: par as Dimension[],
        ...(par.includes("opco") ? { liaisonOpco: { mode: "idcc" as const } } : {}),
        ...(maintenant === undefined ? {} : { maintenant }),
        dedoublonner: c.req.query("dedoublonner") === "true",
        toutesAnnees: c.req.query("toutesAnnees") === "true",
      });
      return c.json({ ...resultat, lignes, ...(dedoublonnage === undefined ? {} : { dedoublonnage }), avertissements: [] as string[] });
    });
  },
};

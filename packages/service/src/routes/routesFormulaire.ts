import { completerBrouillon, estProfil } from "@communs-opco/cli";
import { createRoute, z } from "@hono/zod-openapi";
import type { ProfilRecurrent } from "@communs-opco/formulaire";
import { estDateIso } from "@communs-opco/regles";
import { ErreurProbleme } from "../ErreurProbleme";
import { lireJson } from "../lireCorps";
import { lireEnClair } from "../lireEnClair";
import type { ModuleRoutes } from "../ModuleRoutes";
import { monterRoute } from "../monterRoute";
import { entetesDonneesPersonnelles, parametreEnClair } from "../schemas/schemaEnClair";
import { reponsesProblemes } from "../schemas/schemaProbleme";

const schemaProfil = z.object({ nom: z.string(), type: z.enum(["employeur", "maitre", "cfa"]), miseAJour: z.string().nullable(), champs: z.record(z.string(), z.unknown()) }).openapi("ProfilRecurrent");

const schemaDemande = z
  .object({
    siret: z.string().min(1).openapi({ description: "SIRET de l'employeur", example: "80123456700015" }),
    certification: z.string().optional().openapi({ description: "Code RNCP ou code diplôme (CFD)", example: "RNCP37537" }),
    cfa: z.string().optional().openapi({ description: "UAI ou SIRET du CFA responsable" }),
    codePostal: z.string().optional().openapi({ description: "Code postal de l'employeur" }),
    profils: z.array(schemaProfil).max(20).optional().openapi({ description: "Profils récurrents appliqués d'abord (employeur, maîtres, CFA)" }),
  })
  .openapi("DemandeCompletion");

const schemaBrouillon = z
  .object({
    date: z.string(),
    brouillon: z.record(z.string(), z.object({ valeur: z.unknown(), provenance: z.string(), date: z.string().nullable() })),
    completude: z.looseObject({ blocs: z.array(z.looseObject({ bloc: z.string(), pourcentage: z.number() })) }),
    consultations: z.array(z.looseObject({ demande: z.string(), statut: z.string() })),
    conserves: z.array(z.looseObject({ chemin: z.string() })),
  })
  .openapi("BrouillonComplete");

const routeCompleter = createRoute({
  method: "post",
  path: "/v1/formulaire/completer",
  tags: ["Formulaire"],
  summary: "Brouillon de CERFA FA13 autocomplété depuis des identifiants (équivalent de `opco completer --json`)",
  description: "Chaque valeur porte sa provenance (saisie, profil, référentiel) et sa date ; les données personnelles sont masquées (sauf enClair=true, si le service le permet). Référentiel : l'instantané chargé par le service.",
  request: { query: z.object({ date: z.string().optional().openapi({ description: "Date AAAA-MM-JJ (par défaut : date du jour à Paris)" }), enClair: parametreEnClair }), body: { required: true, content: { "application/json": { schema: schemaDemande } } } },
  responses: { 200: { description: "Brouillon, complétude et consultations", headers: entetesDonneesPersonnelles, content: { "application/json": { schema: schemaBrouillon } } }, ...reponsesProblemes(400, 401, 403, 413, 415, 422, 429) },
});

/**
 * Route de l'autocomplétion du formulaire : `POST /v1/formulaire/completer`. Les fichiers
 * statiques du formulaire (`/formulaire/`) pourront être servis par un module voisin.
 *
 * @example
 * ```ts
 * const app = creerApplication(configuration, { modules: [routesFormulaire] });
 * ```
 */
export const routesFormulaire: ModuleRoutes = {
  nom: "formulaire",
  monter(app, contexte) {
    monterRoute(app, routeCompleter, async (c) => {
      const enClair = lireEnClair(c, contexte);
      const brute = c.req.query("date");
      if (brute !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(brute) && estDateIso(brute))) {
        throw new ErreurProbleme(422, "Paramètre invalide", `le paramètre date attend une date AAAA-MM-JJ existante (reçu : « ${brute} »)`, { parametre: "date" });
      }
      const { profils, ...identifiants } = await lireJson(c.req.raw, contexte.limiteCorpsOctets, schemaDemande);
      const retenus: ProfilRecurrent[] = (profils ?? []).filter((p) => estProfil(p));
      const definis = Object.fromEntries(Object.entries(identifiants).filter(([, v]) => v !== undefined)) as { siret: string; certification?: string; cfa?: string; codePostal?: string };
      return c.json(await completerBrouillon(definis, { referentiel: contexte.referentielHorsLigne(), date: brute ?? contexte.dateDuJour(), profils: retenus, enClair }));
    });
  },
};

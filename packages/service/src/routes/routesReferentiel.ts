import { calculerCas, calculerFinancement, controlerIdentifiant, decrireFormats, ErreurUsage, lireCas, rechercherNpec, remunerationJson } from "@communs-opco/cli";
import { createRoute, z } from "@hono/zod-openapi";
import { estTypeIdentifiant, TYPES_IDENTIFIANT, type TypeIdentifiant } from "@communs-opco/identifiants";
import { catalogueParametres, parametreParId, valeurParametre } from "@communs-opco/parametres";
import { normaliserIdcc, normaliserRncp, registrePrepaiement } from "@communs-opco/referentiels";
import { calculerRemuneration, estDateIso, registreContrat, type EntreeRemuneration, type MetadonneesRegle } from "@communs-opco/regles";
import type { ContexteService } from "../ContexteService";
import { ErreurProbleme } from "../ErreurProbleme";
import { lireJson } from "../lireCorps";
import type { ModuleRoutes } from "../ModuleRoutes";
import { monterRoute } from "../monterRoute";
import { reponsesProblemes } from "../schemas/schemaProbleme";

function dateValide(valeur: string | undefined, parametre: string, obligatoire: boolean): string | undefined {
  if (valeur === undefined) {
    if (obligatoire) throw new ErreurProbleme(422, "Paramètre invalide", `le paramètre ${parametre} est obligatoire (date AAAA-MM-JJ)`, { parametre });
    return undefined;
  }
  if (!(/^\d{4}-\d{2}-\d{2}$/.test(valeur) && estDateIso(valeur))) throw new ErreurProbleme(422, "Paramètre invalide", `le paramètre ${parametre} attend une date AAAA-MM-JJ existante (reçu : « ${valeur} »)`, { parametre });
  return valeur;
}

function usage(erreur: unknown): never {
  if (erreur instanceof ErreurUsage) throw new ErreurProbleme(422, "Requête invalide", erreur.message);
  throw erreur;
}

const json = <S extends z.ZodType>(schema: S, description: string) => ({ description, content: { "application/json": { schema } } });

// ——— Identifiants ———
const schemaLigneIdentifiant = z
  .object({
    valeur: z.string().openapi({ description: "Valeur reçue (NIR masqué)" }),
    type: z.enum(TYPES_IDENTIFIANT as unknown as [string, ...string[]]).nullable(),
    valide: z.boolean(),
    normalise: z.string().nullable(),
    erreurs: z.array(z.object({ code: z.string(), message: z.string() })),
  })
  .openapi("ResultatIdentifiant");

function typeImpose(type: string | undefined): TypeIdentifiant | undefined {
  if (type === undefined || type === "auto") return undefined;
  const t = type.trim().toLowerCase();
  if (!estTypeIdentifiant(t)) throw new ErreurProbleme(422, "Paramètre invalide", `type inconnu « ${type} » (types acceptés : auto, ${TYPES_IDENTIFIANT.join(", ")})`, { parametre: "type" });
  return t;
}

const routeIdentifiant = createRoute({
  method: "get",
  path: "/v1/identifiants/{type}/{valeur}",
  tags: ["Identifiants"],
  summary: "Contrôle et normalise un identifiant (SIRET, UAI, NIR, CFD, RNCP, IDCC, NAF…)",
  description: "Équivalent de `opco identifiant VALEUR --type TYPE --json` ; `auto` devine le type. Les NIR sont masqués.",
  request: { params: z.object({ type: z.string().openapi({ example: "siret" }), valeur: z.string().openapi({ example: "35600000009075" }) }) },
  responses: { 200: json(schemaLigneIdentifiant, "Résultat du contrôle"), ...reponsesProblemes(401, 422, 429) },
});

const routeIdentifiants = createRoute({
  method: "post",
  path: "/v1/identifiants",
  tags: ["Identifiants"],
  summary: "Contrôle une liste d'identifiants",
  request: { body: { required: true, content: { "application/json": { schema: z.object({ valeurs: z.array(z.string()).min(1).max(10_000), type: z.string().optional() }).openapi("ListeIdentifiants") } } } },
  responses: { 200: json(z.array(schemaLigneIdentifiant), "Un résultat par valeur, dans l'ordre"), ...reponsesProblemes(400, 401, 413, 415, 422, 429) },
});

// ——— Formats, règles, paramètres ———
const schemaFormat = z
  .object({
    nom: z.string(),
    libelle: z.string(),
    sens: z.enum(["lecture", "ecriture", "lecture-ecriture"]),
    versions: z.array(z.string()),
    opco: z.string().nullable(),
    nomOpco: z.string().nullable().describe("Nom d'affichage de l'OPCO"),
    typeEnregistrement: z.string(),
    detection: z.boolean(),
    extensions: z.array(z.string()),
    limites: z.record(z.string(), z.record(z.string(), z.number())).describe("Par nature de fichier lu (csv, xlsx, pdf), tailles au-delà desquelles une ligne ou un fichier est illisible"),
  })
  .openapi("Format");

const routeFormats = createRoute({ method: "get", path: "/v1/formats", tags: ["Formats"], summary: "Formats d'échange connus (équivalent de `opco formats --json`)", responses: { 200: json(z.array(schemaFormat), "Formats"), ...reponsesProblemes(401, 429) } });

const schemaRegle = z
  .object({
    id: z.string(),
    titre: z.string(),
    description: z.string(),
    severite: z.enum(["bloquant", "avertissement", "information"]),
    famille: z.enum(["contrat", "avant_paiement"]),
    references: z.array(z.looseObject({ titre: z.string() })),
    parametres: z.array(z.string()),
    chemins: z.array(z.string()),
  })
  .openapi("Regle");

const routeRegles = createRoute({ method: "get", path: "/v1/regles", tags: ["Règles"], summary: "Catalogue des règles (contrat et vérifications avant paiement)", responses: { 200: json(z.array(schemaRegle), "Règles"), ...reponsesProblemes(401, 429) } });

const schemaParametre = z
  .object({
    id: z.string(),
    titre: z.string(),
    unite: z.string(),
    date: z.string(),
    valeur: z.unknown(),
    dateEffet: z.string(),
    references: z.array(z.looseObject({ titre: z.string() })),
    statut: z.enum(["verifie", "a_verifier"]),
    verifiedOn: z.string(),
  })
  .openapi("ParametreDate");

const routeParametre = createRoute({
  method: "get",
  path: "/v1/parametres/{id}",
  tags: ["Paramètres"],
  summary: "Valeur datée d'un paramètre légal et sa référence",
  request: { params: z.object({ id: z.string().openapi({ example: "smic.horaire.metropole" }) }), query: z.object({ date: z.string().optional().openapi({ description: "Date AAAA-MM-JJ (par défaut : date du jour à Paris)" }) }) },
  responses: { 200: json(schemaParametre, "Valeur en vigueur à la date"), ...reponsesProblemes(401, 404, 422, 429) },
});

// ——— Rémunération, NPEC, financement, statut ———
const schemaEntreeRemuneration = z
  .object({
    dateNaissance: z.iso.date(),
    dateDebutContrat: z.iso.date(),
    dateFinContrat: z.iso.date(),
    dateConclusion: z.iso.date().optional(),
    departement: z.string().regex(/^(\d{2}|2A|2B|97\d)$/).optional(),
    smc: z.number().positive().optional(),
    anneeExecutionDebut: z.number().int().min(1).max(4).optional(),
    employeurPublic: z.boolean().optional(),
    niveauDiplomePrepare: z.number().int().min(3).max(8).optional(),
    echeancier: z.boolean().optional(),
  })
  .openapi("EntreeRemuneration");

const schemaRemuneration = z
  .looseObject({
    smic: z.object({ dateEffet: z.string(), mensuel: z.number() }),
    periodes: z.array(z.object({ annee: z.number().int(), numero: z.string(), debut: z.string(), fin: z.string(), taux: z.number(), tauxMinimal: z.number(), base: z.string(), salaireBrut: z.number() })),
    echeancier: z.array(z.looseObject({ mois: z.string(), salaireBrut: z.number() })).optional(),
  })
  .openapi("Remuneration");

const routeRemuneration = createRoute({
  method: "post",
  path: "/v1/remuneration",
  tags: ["Rémunération"],
  summary: "Rémunération minimale d'un apprenti (équivalent de `opco remuneration --json`)",
  request: { body: { required: true, content: { "application/json": { schema: schemaEntreeRemuneration } } } },
  responses: { 200: json(schemaRemuneration, "Lignes de rémunération"), ...reponsesProblemes(400, 401, 413, 415, 422, 429) },
});

const schemaNpec = z
  .union([
    z.object({ statut: z.literal("trouve"), valeur: z.looseObject({ npecAnnuel: z.number(), dateApplicabilite: z.string() }), source: z.object({ nom: z.string(), fichier: z.string(), ligne: z.number(), date: z.string().nullable() }) }),
    z.object({ rncp: z.string(), idcc: z.string(), statut: z.string(), raison: z.string(), source: z.unknown(), message: z.string() }),
  ])
  .openapi("ResultatNpec");

const routeNpec = createRoute({
  method: "get",
  path: "/v1/npec",
  tags: ["Financement"],
  summary: "NPEC applicable à un contrat (équivalent de `opco npec --json`)",
  request: { query: z.object({ rncp: z.string().openapi({ example: "RNCP1002" }), idcc: z.string().openapi({ example: "478" }), date: z.string().openapi({ example: "2024-09-01" }) }) },
  responses: { 200: json(schemaNpec, "NPEC trouvé, ou statut et raison"), ...reponsesProblemes(401, 422, 429) },
});

const schemaFinancement = z
  .looseObject({ index: z.number().int(), statut: z.enum(["calcule", "invalide", "illisible"]), raisons: z.array(z.string()), npec: z.object({ annuel: z.number(), origine: z.string() }).optional(), echeancier: z.looseObject({}).optional(), indus: z.looseObject({}).optional() })
  .openapi("ResultatFinancement");

const routeFinancement = createRoute({
  method: "post",
  path: "/v1/financement",
  tags: ["Financement"],
  summary: "Échéancier de prise en charge et indus d'un contrat (équivalent de `opco financement --json`)",
  request: { query: z.object({ date: z.string().optional() }), body: { required: true, content: { "application/json": { schema: z.looseObject({ contrat: z.looseObject({}), npec: z.number().optional(), paiements: z.array(z.object({ date: z.string(), montant: z.number() })).optional() }).openapi("EntreeFinancement") } } } },
  responses: { 200: json(schemaFinancement, "Résultat du financement"), ...reponsesProblemes(400, 401, 413, 415, 422, 429) },
});

const schemaResultatStatut = z.object({ statut: z.string(), parcours: z.array(z.object({ date: z.string(), statut: z.string() })) }).openapi("ResultatStatut");
const schemaCas = z
  .object({ formation: z.object({ debut: z.string(), fin: z.string() }), contrats: z.array(z.object({ debut: z.string(), fin: z.string().optional(), rupture: z.string().optional() })).optional(), exclusion: z.string().optional(), date: z.string() })
  .openapi("CasStatut");

const routeStatut = createRoute({
  method: "post",
  path: "/v1/statut",
  tags: ["Indicateurs"],
  summary: "Statut d'apprenant et parcours (équivalent de `opco statut --json`)",
  request: { body: { required: true, content: { "application/json": { schema: z.union([schemaCas, z.array(schemaCas)]) } } } },
  responses: { 200: json(z.union([schemaResultatStatut, z.array(schemaResultatStatut)]), "Statut (un tableau pour un tableau de cas)"), ...reponsesProblemes(400, 401, 413, 415, 422, 429) },
});

function monterCalculs(app: Parameters<ModuleRoutes["monter"]>[0], contexte: ContexteService): void {
  monterRoute(app, routeIdentifiant, (c) => c.json(controlerIdentifiant(c.req.param("valeur") ?? "", typeImpose(c.req.param("type")), false)));
  monterRoute(app, routeIdentifiants, async (c) => {
    const { valeurs, type } = await lireJson(c.req.raw, contexte.limiteCorpsOctets, z.object({ valeurs: z.array(z.string()).min(1).max(10_000), type: z.string().optional() }));
    const impose = typeImpose(type);
    return c.json(valeurs.map((v) => controlerIdentifiant(v, impose, false)));
  });
  monterRoute(app, routeFormats, (c) => c.json(decrireFormats()));
  monterRoute(app, routeRegles, (c) => {
    const decrire = (famille: "contrat" | "avant_paiement") => (r: MetadonneesRegle) => ({
      id: r.id,
      titre: r.titre,
      description: r.description,
      severite: r.severite,
      famille,
      references: r.references,
      parametres: r.parametres,
      chemins: r.chemins,
    });
    return c.json([...registreContrat.regles.map(decrire("contrat")), ...registrePrepaiement({}).regles.map(decrire("avant_paiement"))]);
  });
  monterRoute(app, routeParametre, (c) => {
    const id = c.req.param("id") ?? "";
    const date = dateValide(c.req.query("date"), "date", false) ?? contexte.dateDuJour();
    const parametre = parametreParId(id);
    if (parametre === undefined) throw new ErreurProbleme(404, "Paramètre inconnu", `aucun paramètre légal « ${id} » (${catalogueParametres.length} paramètres connus)`);
    const valeur = valeurParametre(parametre, date);
    if (valeur === undefined) throw new ErreurProbleme(404, "Valeur absente à cette date", `le paramètre « ${id} » n'a pas de valeur en vigueur au ${date}`);
    return c.json({ id, titre: parametre.titre, unite: valeur.unite, date, valeur: valeur.valeur, dateEffet: valeur.dateEffet, references: valeur.references, statut: valeur.statut, verifiedOn: valeur.verifiedOn });
  });
  monterRoute(app, routeRemuneration, async (c) => {
    const { echeancier, ...entree } = await lireJson(c.req.raw, contexte.limiteCorpsOctets, schemaEntreeRemuneration);
    const resultat = calculerRemuneration(Object.fromEntries(Object.entries(entree).filter(([, v]) => v !== undefined)) as unknown as EntreeRemuneration);
    if (resultat.statut === "impossible") throw new ErreurProbleme(422, "Calcul impossible", resultat.anomalies.map((a) => a.message).join(" ; "));
    return c.json(remunerationJson(resultat, echeancier === true));
  });
  monterRoute(app, routeNpec, async (c) => {
    const brutRncp = c.req.query("rncp");
    const brutIdcc = c.req.query("idcc");
    const date = dateValide(c.req.query("date"), "date", true)!;
    const rncp = brutRncp === undefined ? null : normaliserRncp(brutRncp);
    if (rncp === null) throw new ErreurProbleme(422, "Paramètre invalide", `code RNCP absent ou invalide : « ${brutRncp ?? ""} »`, { parametre: "rncp" });
    const idcc = brutIdcc === undefined ? null : normaliserIdcc(brutIdcc);
    if (idcc === null) throw new ErreurProbleme(422, "Paramètre invalide", `IDCC absent ou invalide : « ${brutIdcc ?? ""} »`, { parametre: "idcc" });
    return c.json(await rechercherNpec(contexte.referentielHorsLigne(), { rncp, idcc, date }));
  });
  monterRoute(app, routeFinancement, async (c) => {
    const date = dateValide(c.req.query("date"), "date", false) ?? contexte.dateDuJour();
    const valeur = await lireJson(c.req.raw, contexte.limiteCorpsOctets);
    return c.json(await calculerFinancement(valeur, 1, { fichier: "requête", ligne: 1 }, date, contexte.referentielHorsLigne()));
  });
  monterRoute(app, routeStatut, async (c) => {
    const donnees = await lireJson(c.req.raw, contexte.limiteCorpsOctets);
    try {
      return c.json(Array.isArray(donnees) ? donnees.map((d: unknown, i) => calculerCas(lireCas(d, `[${i}]`))) : calculerCas(lireCas(donnees, "")));
    } catch (erreur) {
      return usage(erreur);
    }
  });
}

/**
 * Routes de calcul sans état : identifiants, formats, catalogue des règles, paramètres légaux,
 * rémunération, NPEC, financement et statut d'apprenant — les cœurs des commandes `opco`.
 *
 * @example
 * ```ts
 * const app = creerApplication(configuration, { modules: [routesReferentiel] });
 * ```
 */
export const routesReferentiel: ModuleRoutes = { nom: "referentiel", monter: monterCalculs };

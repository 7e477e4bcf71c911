import { Writable } from "node:stream";
import { createRoute } from "@hono/zod-openapi";
import { contratExemple } from "@communs-opco/schemas";
import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { creerApplication, empreinteCle, modulesStandard, monterRoute, type CleApi, type ModuleRoutes } from "../src/index";

/** Journal pino capturé en mémoire : une entrée JSON par ligne. */
function journalCapture(): { journal: pino.Logger; lignes: string[] } {
  const lignes: string[] = [];
  const sortie = new Writable({
    write(morceau, _encodage, suite) {
      lignes.push(...String(morceau).trim().split("\n"));
      suite();
    },
  });
  return { journal: pino({ base: null }, sortie), lignes };
}

const CLE_AKTO = "cle-akto-0123456789";
const CLE_OPERATEUR = "cle-operateur-9876543210";
const cles = new Map<string, CleApi>([
  [empreinteCle(CLE_AKTO), { empreinte: empreinteCle(CLE_AKTO), titulaire: "akto", operateur: false }],
  [empreinteCle(CLE_OPERATEUR), { empreinte: empreinteCle(CLE_OPERATEUR), titulaire: "exploitation", operateur: true }],
]);
const json = { "content-type": "application/json" };

afterEach(() => {
  vi.useRealTimers();
});

describe("clés d'API, usage par clé et journal", () => {
  it("401 sans clé ou avec une clé inconnue ; la clé nomme l'OPCO dans l'usage et les métriques ; jamais la clé ni de donnée personnelle au journal", async () => {
    const { journal, lignes } = journalCapture();
    const service = creerApplication({ referentiels: ["aucun"], clesApi: cles, journal, metriquesProcessus: false });
    await service.pret;
    const sans = await service.app.request("/v1/formats");
    expect(sans.status).toBe(401);
    expect(sans.headers.get("www-authenticate")).toContain("Bearer");
    expect((await service.app.request("/v1/formats", { headers: { authorization: "Bearer inconnue" } })).status).toBe(401);
    expect((await service.app.request("/sante")).status).toBe(200);

    // Le contrat d'exemple (NIR, noms, dates de naissance), avec une fin de contrat avant son début : des constats.
    const contrat = JSON.parse(JSON.stringify(contratExemple)) as typeof contratExemple;
    contrat.contrat!.dateFinContrat = "2020-01-01";
    const controle = await service.app.request("/v1/contrats/controle?date=2025-11-03&referentiel=aucun", { method: "POST", body: JSON.stringify(contrat), headers: { ...json, authorization: `Bearer ${CLE_AKTO}` } });
    expect(controle.status).toBe(200);
    const nir = await service.app.request("/v1/identifiants/nir/178056912304519", { headers: { "x-cle-api": CLE_AKTO, "x-request-id": "suivi-42" } });
    expect(nir.headers.get("x-request-id")).toBe("suivi-42");

    expect((await service.app.request("/v1/usage", { headers: { authorization: `Bearer ${CLE_AKTO}` } })).status).toBe(401);
    const usage = (await (await service.app.request("/v1/usage", { headers: { authorization: `Bearer ${CLE_OPERATEUR}` } })).json()) as { titulaires: { titulaire: string; requetes: number; contratsControles: number; parRoute: Record<string, number> }[] };
    const akto = usage.titulaires.find((t) => t.titulaire === "akto");
    expect(akto).toMatchObject({ requetes: 3, contratsControles: 1, parRoute: { "POST /v1/contrats/controle": 1, "GET /v1/identifiants/:type/:valeur": 1, "GET /v1/usage": 1 }, parStatut: { "200": 2, "401": 1 } });
    const metriques = await (await service.app.request("/metrics")).text();
    expect(metriques).toMatch(/opco_requetes_total\{route="\/v1\/contrats\/controle",methode="POST",statut="200",titulaire="akto"\} 1/);
    expect(metriques).toMatch(/opco_constats_total\{regle="[^"]+",statut="(non_conforme|indetermine)"\}/);

    const texte = lignes.join("\n");
    expect(lignes.length).toBeGreaterThanOrEqual(7);
    for (const ligne of lignes) expect(JSON.parse(ligne)).toHaveProperty("msg");
    expect(texte).toContain('"requete":"suivi-42"');
    expect(texte).toContain('"route":"/v1/identifiants/:type/:valeur"');
    for (const secret of [CLE_AKTO, CLE_OPERATEUR, "178056912304519", "207036912345695", contratExemple.apprenti?.nom ?? "—", "inconnue"]) expect(texte).not.toContain(secret);
  });
});

describe("limite de débit par clé", () => {
  it("en-têtes RateLimit-*, 429 avec Retry-After au-delà, puis de nouveau accepté à la fenêtre suivante (horloge simulée)", async () => {
    let maintenant = Date.parse("2026-01-05T08:00:00Z");
    const service = creerApplication({ referentiels: ["aucun"], clesApi: cles, debit: { limite: 3, fenetreMs: 60_000 }, journal: pino({ level: "silent" }), metriquesProcessus: false, maintenant: () => maintenant });
    await service.pret;
    const appel = (cle: string) => service.app.request("/v1/formats", { headers: { authorization: `Bearer ${cle}` } });
    const premiers = [await appel(CLE_AKTO), await appel(CLE_AKTO), await appel(CLE_AKTO)];
    expect(premiers.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(premiers.map((r) => r.headers.get("ratelimit-remaining"))).toEqual(["2", "1", "0"]);
    expect(premiers[0]!.headers.get("ratelimit-limit")).toBe("3");
    maintenant += 15_000;
    const refuse = await appel(CLE_AKTO);
    expect(refuse.status).toBe(429);
    expect(refuse.headers.get("retry-after")).toBe("45");
    expect(refuse.headers.get("content-type")).toContain("application/problem+json");
    expect(((await refuse.json()) as { detail: string }).detail).toBe("limite de 3 requêtes par 60 s atteinte : réessayer dans 45 s");
    // Chaque clé a sa propre limite.
    expect((await appel(CLE_OPERATEUR)).status).toBe(200);
    maintenant += 45_000;
    expect((await appel(CLE_AKTO)).status).toBe(200);
  });
});

describe("délai de traitement, arrêt, CORS, point d'extension", () => {
  it("un module de routes ajouté en quelques lignes ; au-delà du délai, problème 503 (minuteries simulées)", async () => {
    const bloque: ModuleRoutes = {
      nom: "essai",
      monter(app) {
        monterRoute(app, createRoute({ method: "get", path: "/v1/essai/bloque", responses: { 200: { description: "jamais" } } }), () => new Promise<Response>(() => undefined));
      },
    };
    const service = creerApplication({ referentiels: ["aucun"], delaiRequeteMs: 30_000, journal: pino({ level: "silent" }), metriquesProcessus: false }, { modules: [...modulesStandard, bloque] });
    await service.pret;
    const document = (await (await service.app.request("/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(document.paths).toHaveProperty("/v1/essai/bloque");
    vi.useFakeTimers();
    const reponse = service.app.request("/v1/essai/bloque");
    await vi.advanceTimersByTimeAsync(30_000);
    const r = await reponse;
    expect(r.status).toBe(503);
    expect(((await r.json()) as { title: string }).title).toBe("Délai de traitement dépassé");
  });

  it("en arrêt : /pret et les nouvelles requêtes répondent 503, /sante reste vivante", async () => {
    const service = creerApplication({ referentiels: ["aucun"], journal: pino({ level: "silent" }), metriquesProcessus: false });
    await service.pret;
    service.commencerArret();
    expect((await service.app.request("/pret")).status).toBe(503);
    const r = await service.app.request("/v1/formats");
    expect(r.status).toBe(503);
    expect(r.headers.get("retry-after")).toBe("1");
    expect((await service.app.request("/sante")).status).toBe(200);
  });

  it("CORS désactivé par défaut, activé pour les origines configurées", async () => {
    const ferme = creerApplication({ referentiels: ["aucun"], journal: pino({ level: "silent" }), metriquesProcessus: false });
    const r1 = await ferme.app.request("/v1/formats", { headers: { origin: "https://si.opco.example" } });
    expect(r1.headers.get("access-control-allow-origin")).toBeNull();
    const ouvert = creerApplication({ referentiels: ["aucun"], cors: ["https://si.opco.example"], journal: pino({ level: "silent" }), metriquesProcessus: false });
    const r2 = await ouvert.app.request("/v1/formats", { headers: { origin: "https://si.opco.example" } });
    expect(r2.headers.get("access-control-allow-origin")).toBe("https://si.opco.example");
    // Un client dans le navigateur lit si la réponse est masquée.
    expect(r2.headers.get("access-control-expose-headers")?.split(/,\s*/)).toContain("Donnees-Personnelles");
  });

  it("/docs : la référence de l'API servie depuis le paquet, sans ressource externe", async () => {
    const service = creerApplication({ referentiels: ["aucun"], journal: pino({ level: "silent" }), metriquesProcessus: false });
    const page = await (await service.app.request("/docs")).text();
    expect(page).not.toMatch(/https?:\/\//);
    for (const src of page.match(/(?:src|href)="([^"]+)"/g) ?? []) {
      const chemin = /"([^"]+)"/.exec(src)![1]!;
      const r = await service.app.request(chemin);
      expect(r.status, chemin).toBe(200);
      expect((await r.arrayBuffer()).byteLength).toBeGreaterThan(20);
    }
  });
});

import { request } from "node:http";
import { contratExemple } from "@communs-opco/schemas";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { demarrerService, empreinteCle, type CleApi, type OptionsDemarrage } from "../src/index";

const CLE = "cle-akto-0123456789";
const cles = new Map<string, CleApi>([[empreinteCle(CLE), { empreinte: empreinteCle(CLE), titulaire: "akto", operateur: false }]]);

/** POST brut sur le réseau : statut, en-têtes (noms en minuscules) et corps. */
function poster(url: string, corps: string, entetes: Record<string, string>): Promise<{ statut: number; entetes: Record<string, string | string[] | undefined>; corps: string }> {
  return new Promise((resoudre, rejeter) => {
    const r = request(url, { method: "POST", headers: { "content-type": "application/json", ...entetes } }, (reponse) => {
      let texte = "";
      reponse.setEncoding("utf8");
      reponse.on("data", (m: string) => (texte += m));
      reponse.on("end", () => resoudre({ statut: reponse.statusCode ?? 0, entetes: reponse.headers, corps: texte }));
    });
    r.on("error", rejeter);
    r.end(corps);
  });
}

async function avecService<T>(options: Partial<OptionsDemarrage>, corps: (url: string, service: Awaited<ReturnType<typeof demarrerService>>) => Promise<T>): Promise<T> {
  const service = await demarrerService({ port: 0, referentiels: ["embarque"], signaux: false, journal: pino({ level: "silent" }), metriquesProcessus: false, debit: { limite: 5, fenetreMs: 60_000 }, ...options });
  try {
    return await corps(service.url, service);
  } finally {
    await service.arreter();
  }
}

describe("POST /v1/contrats/controle sur le réseau : réponse écrite en une fois", () => {
  for (const [nom, options] of [
    ["sans CORS (réponse écrite en une fois)", {}],
    ["avec CORS (en-têtes complétés après coup)", { cors: ["https://si.opco.example"] }],
  ] as const) {
    it(`${nom} : même corps qu'en mémoire, identifiant de requête, RateLimit-*, Donnees-Personnelles, type JSON`, async () => {
      await avecService({ ...options, clesApi: cles }, async (url, service) => {
        const chemin = "/v1/contrats/controle?date=2025-11-03";
        const entetes = { authorization: `Bearer ${CLE}`, "x-request-id": "suivi-7", origin: "https://si.opco.example" };
        const r = await poster(`${url}${chemin}`, JSON.stringify(contratExemple), entetes);
        expect(r.statut).toBe(200);
        expect(r.entetes["content-type"]).toMatch(/^application\/json/);
        expect(r.entetes["x-request-id"]).toBe("suivi-7");
        expect(r.entetes["donnees-personnelles"]).toBe("masquees");
        expect(r.entetes["ratelimit-limit"]).toBe("5");
        expect(r.entetes["ratelimit-remaining"]).toBe("4");
        expect(r.entetes["ratelimit-policy"]).toBe("5;w=60");
        expect(r.entetes["content-length"]).toBe(String(Buffer.byteLength(r.corps)));
        if ("cors" in options) expect(r.entetes["access-control-allow-origin"]).toBe("https://si.opco.example");
        else expect(r.entetes["access-control-allow-origin"]).toBeUndefined();
        const enMemoire = await service.application.app.request(chemin, { method: "POST", body: JSON.stringify(contratExemple), headers: { "content-type": "application/json", authorization: `Bearer ${CLE}` } });
        expect(r.corps).toBe(await enMemoire.text());
        expect(r.corps).not.toContain("178056912304519");
        // Erreur de la route (JSON invalide) : problème avec les mêmes en-têtes du service.
        const invalide = await poster(`${url}${chemin}`, "{", entetes);
        expect(invalide.statut).toBe(400);
        expect(invalide.entetes["content-type"]).toMatch(/^application\/problem\+json/);
        expect(invalide.entetes["x-request-id"]).toBe("suivi-7");
        expect(invalide.entetes["ratelimit-remaining"]).toBe("2");
        // Sans clé : 401, sans RateLimit-* (la requête n'est pas comptée).
        const sansCle = await poster(`${url}${chemin}`, JSON.stringify(contratExemple), { "x-request-id": "suivi-8" });
        expect(sansCle.statut).toBe(401);
        expect(sansCle.entetes["x-request-id"]).toBe("suivi-8");
        expect(sansCle.entetes["ratelimit-limit"]).toBeUndefined();
        // Métriques : étiquettes résolues une fois, mêmes séries ; la jauge des requêtes en cours compte /metrics elle-même.
        const metriques = await (await fetch(`${url}/metrics`)).text();
        expect(metriques).toContain('opco_requetes_total{route="/v1/contrats/controle",methode="POST",statut="200",titulaire="akto"} 2');
        expect(metriques).toContain('opco_requetes_total{route="/v1/contrats/controle",methode="POST",statut="400",titulaire="akto"} 1');
        expect(metriques).toContain('opco_requetes_total{route="/v1/contrats/controle",methode="POST",statut="401",titulaire="anonyme"} 1');
        expect(metriques).toContain('opco_requete_duree_secondes_count{route="/v1/contrats/controle",methode="POST"} 4');
        expect(metriques).toMatch(/opco_contrats_controles_total\{statut="(conforme|non_conforme|indetermine)",titulaire="akto"\} 2/);
        expect(metriques).toContain("opco_requetes_en_cours 1");
      });
    });
  }
});

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demarrerService, modulesStandard, servirRessources, type ServiceDemarre } from "../src/index";

let temporaire: string;
let service: ServiceDemarre;
let racine: ServiceDemarre;

const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Formulaire</title><script type="module" src="/formulaire/cerfa-apprentissage.js"></script></head><body><cerfa-apprentissage></cerfa-apprentissage></body></html>`;
const MODULE = `export const nom = "cerfa-apprentissage";\n`;

/** Requête HTTP brute : le chemin part tel quel sur la connexion (ni normalisé ni réencodé par un client). */
function brute(base: string, chemin: string, methode = "GET", entetes: Record<string, string> = {}): Promise<{ statut: number; entetes: Record<string, string | string[] | undefined>; corps: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resoudre, rejeter) => {
    const r = request({ host: hostname, port, path: chemin, method: methode, headers: entetes }, (reponse) => {
      const morceaux: Buffer[] = [];
      reponse.on("data", (m: Buffer) => morceaux.push(m));
      reponse.on("end", () => resoudre({ statut: reponse.statusCode ?? 0, entetes: reponse.headers, corps: Buffer.concat(morceaux).toString("utf8") }));
    });
    r.on("error", rejeter);
    r.end();
  });
}

beforeAll(async () => {
  temporaire = mkdtempSync(join(tmpdir(), "ressources-"));
  const dossier = join(temporaire, "dist");
  mkdirSync(join(dossier, "sous"), { recursive: true });
  writeFileSync(join(dossier, "index.html"), PAGE);
  writeFileSync(join(dossier, "cerfa-apprentissage.js"), MODULE);
  writeFileSync(join(dossier, "charte.css"), ":root { --cerfa-couleur-principale: #000091; }\n");
  writeFileSync(join(dossier, "donnees.bin"), Buffer.from([0, 1, 2, 3]));
  writeFileSync(join(dossier, "sous", "index.html"), "<!doctype html><title>Sous-dossier</title>");
  writeFileSync(join(dossier, "sous", "logo.svg"), `<svg xmlns="http://www.w3.org/2000/svg"/>`);
  writeFileSync(join(dossier, ".env"), "SECRET=ne-doit-jamais-sortir\n");
  writeFileSync(join(temporaire, "secret.txt"), "hors du dossier servi\n");
  symlinkSync(join(temporaire, "secret.txt"), join(dossier, "lien-sortant.txt"));
  symlinkSync(join(dossier, "cerfa-apprentissage.js"), join(dossier, "lien-interne.js"));
  const commun = { port: 0, signaux: false, referentiels: ["aucun"], journal: pino({ level: "silent" }), metriquesProcessus: false } as const;
  service = await demarrerService({ ...commun, dossierFormulaire: dossier });
  // Montage à la racine (page d'un portail) : les chemins sans fichier passent aux routes de l'API.
  racine = await demarrerService({ ...commun, modules: [...modulesStandard, servirRessources("/", join(dossier, "sous"), { laisserPasser: true })] });
});

afterAll(async () => {
  await service?.arreter();
  await racine?.arreter();
  rmSync(temporaire, { recursive: true, force: true });
});

describe("/formulaire/ : fichiers statiques du formulaire web", () => {
  it("sert index.html à /formulaire/ (et redirige /formulaire), avec type, ETag, cache et politique de contenu", async () => {
    const page = await brute(service.url, "/formulaire/");
    expect(page.statut).toBe(200);
    expect(page.corps).toBe(PAGE);
    expect(page.entetes["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.entetes["cache-control"]).toBe("no-cache");
    expect(page.entetes["x-content-type-options"]).toBe("nosniff");
    expect(page.entetes["content-security-policy"]).toContain("default-src 'self'");
    expect(page.entetes.etag).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
    const redirection = await brute(service.url, "/formulaire?v=1");
    expect(redirection.statut).toBe(308);
    expect(redirection.entetes.location).toBe("/formulaire/?v=1");
    const sous = await brute(service.url, "/formulaire/sous");
    expect([sous.statut, sous.entetes.location]).toEqual([308, "/formulaire/sous/"]);
    expect((await brute(service.url, "/formulaire/sous/")).corps).toContain("Sous-dossier");
  });

  it("types de contenu par extension, HEAD sans corps, 304 sur If-None-Match et If-Modified-Since", async () => {
    const js = await brute(service.url, "/formulaire/cerfa-apprentissage.js");
    expect([js.statut, js.entetes["content-type"], js.corps]).toEqual([200, "text/javascript; charset=utf-8", MODULE]);
    expect(js.entetes["cache-control"]).toBe("public, max-age=3600");
    expect(js.entetes["content-security-policy"]).toBeUndefined();
    expect((await brute(service.url, "/formulaire/charte.css")).entetes["content-type"]).toBe("text/css; charset=utf-8");
    expect((await brute(service.url, "/formulaire/sous/logo.svg")).entetes["content-type"]).toBe("image/svg+xml");
    expect((await brute(service.url, "/formulaire/donnees.bin")).entetes["content-type"]).toBe("application/octet-stream");
    const tete = await brute(service.url, "/formulaire/cerfa-apprentissage.js", "HEAD");
    expect([tete.statut, tete.entetes["content-length"], tete.corps]).toEqual([200, String(Buffer.byteLength(MODULE)), ""]);
    const etag = js.entetes.etag as string;
    const inchange = await brute(service.url, "/formulaire/cerfa-apprentissage.js", "GET", { "if-none-match": `"autre", ${etag}` });
    expect([inchange.statut, inchange.corps, inchange.entetes.etag]).toEqual([304, "", etag]);
    expect((await brute(service.url, "/formulaire/cerfa-apprentissage.js", "GET", { "if-none-match": '"autre"' })).statut).toBe(200);
    expect((await brute(service.url, "/formulaire/cerfa-apprentissage.js", "GET", { "if-modified-since": js.entetes["last-modified"] as string })).statut).toBe(304);
    // Lien symbolique vers un fichier du dossier : servi.
    expect((await brute(service.url, "/formulaire/lien-interne.js")).corps).toBe(MODULE);
  });

  it("ne sort jamais du dossier : .., %2e%2e, ..%2f, barre inverse, fichier caché, lien sortant, octet nul → 404 en français", async () => {
    const tentatives = [
      "/formulaire/../secret.txt",
      "/formulaire/%2e%2e/secret.txt",
      "/formulaire/%2E%2E/secret.txt",
      "/formulaire/..%2fsecret.txt",
      "/formulaire/%2e%2e%2fsecret.txt",
      "/formulaire/sous/..%2f..%2fsecret.txt",
      "/formulaire/..%5csecret.txt",
      "/formulaire/%252e%252e/secret.txt",
      "/formulaire/.env",
      "/formulaire/%2eenv",
      "/formulaire/lien-sortant.txt",
      "/formulaire/secret.txt%00.js",
      "/formulaire//etc/passwd",
      "/formulaire/%c0%ae%c0%ae/secret.txt",
      "/formulaire/%E0%A4%A",
      "/formulaire/absent.js",
    ];
    for (const chemin of tentatives) {
      const r = await brute(service.url, chemin);
      expect(r.statut, chemin).toBe(404);
      expect(r.corps, chemin).not.toContain("hors du dossier servi");
      expect(r.corps, chemin).not.toContain("ne-doit-jamais-sortir");
      expect(r.entetes["content-type"], chemin).toContain("application/problem+json");
      const probleme = JSON.parse(r.corps) as { status: number; title: string; detail: string };
      expect(probleme.status).toBe(404);
      expect(["Fichier introuvable", "Ressource introuvable"]).toContain(probleme.title);
      expect(probleme.detail).toMatch(/^aucun/);
    }
  });

  it("ne répond qu'à GET et HEAD ; sans dossierFormulaire, /formulaire/ n'existe pas", async () => {
    expect((await brute(service.url, "/formulaire/index.html", "POST")).statut).toBe(404);
    expect((await brute(racine.url, "/formulaire/")).statut).toBe(404);
  });

  it("monté à la racine (laisserPasser) : / sert index.html, les routes de l'API et /openapi.json répondent toujours", async () => {
    expect((await brute(racine.url, "/")).corps).toContain("Sous-dossier");
    expect((await brute(racine.url, "/logo.svg")).entetes["content-type"]).toBe("image/svg+xml");
    expect(JSON.parse((await brute(racine.url, "/sante")).corps)).toEqual({ statut: "ok" });
    expect(JSON.parse((await brute(racine.url, "/openapi.json")).corps).openapi).toBe("3.1.0");
    const inconnu = await brute(racine.url, "/v1/inconnue");
    expect(inconnu.statut).toBe(404);
    expect(JSON.parse(inconnu.corps).detail).toBe("aucune route GET /v1/inconnue");
    expect((await brute(racine.url, "/../../etc/passwd")).statut).toBe(404);
  });

  it("refuse un dossier absent ou un préfixe invalide au montage, en français", () => {
    expect(() => servirRessources("/formulaire", join(temporaire, "inexistant"))).toThrow(/dossier des ressources introuvable pour \/formulaire/);
    expect(() => servirRessources("/for mulaire", temporaire)).toThrow(/préfixe des ressources invalide/);
  });
});

import { spawn } from "node:child_process";
import { request, Agent } from "node:http";
import { connect } from "node:net";
import { fileURLToPath } from "node:url";
import { attendreAdresseServeur } from "@communs-opco/test-support";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demarrerService, type ServiceDemarre } from "../src/index";

const ICI = fileURLToPath(new URL(".", import.meta.url));
const CONTRAT = JSON.stringify({ contrat: { dateDebutContrat: "2025-09-01", dateFinContrat: "2025-01-01" }, apprenti: { nir: "178056912304519" } });

let service: ServiceDemarre;

beforeAll(async () => {
  service = await demarrerService({
    port: 0,
    referentiels: ["aucun"],
    signaux: false,
    journal: pino({ level: "silent" }),
    metriquesProcessus: false,
    limiteCorpsOctets: 4096,
    limiteNdjsonOctets: 64 * 1024,
    delaiEnTetesMs: 300,
    intervalleVerificationMs: 50,
  });
});

afterAll(async () => {
  await service.arreter();
});

/** Requête HTTP brute : le corps est envoyé en morceaux (chunked), tel quel. */
function envoyer(chemin: string, morceaux: string[], entetes: Record<string, string>): Promise<{ statut: number; type: string; corps: string }> {
  return new Promise((resoudre, rejeter) => {
    const r = request(`${service.url}${chemin}`, { method: "POST", headers: entetes }, (reponse) => {
      let corps = "";
      reponse.setEncoding("utf8");
      reponse.on("data", (m: string) => (corps += m));
      reponse.on("end", () => resoudre({ statut: reponse.statusCode ?? 0, type: String(reponse.headers["content-type"]), corps }));
    });
    r.on("error", rejeter);
    for (const m of morceaux) r.write(m);
    r.end();
  });
}

describe("service sur le réseau : flux et pannes", () => {
  it("lot NDJSON découpé au milieu des lignes : une ligne mal formée est illisible et le flux continue", async () => {
    const texte = `${CONTRAT}\n{"contrat": tronqué\n\n${CONTRAT}\n`;
    const morceaux = [texte.slice(0, 17), texte.slice(17, 90), texte.slice(90)];
    const r = await envoyer("/v1/contrats/controle?date=2025-11-03", morceaux, { "content-type": "application/x-ndjson" });
    const lignes = r.corps.trim().split("\n").map((l) => JSON.parse(l) as { statut?: string; source?: { ligne: number }; resume?: { total: number } });
    expect(lignes.map((l) => l.statut ?? "resume")).toEqual(["non_conforme", "illisible", "non_conforme", "resume"]);
    expect(lignes.map((l) => l.source?.ligne)).toEqual([1, 2, 4, undefined]);
    expect(r.corps).not.toContain("178056912304519");
  });

  it("corps au-delà de la limite : 413 annoncé (Content-Length) ou découvert en cours de lecture (chunked) ; lot NDJSON interrompu par une ligne de problème", async () => {
    const gros = JSON.stringify({ valeurs: Array(1000).fill("0951099D") });
    const annonce = await envoyer("/v1/identifiants", [gros], { "content-type": "application/json", "content-length": String(Buffer.byteLength(gros)) });
    expect(annonce.statut).toBe(413);
    expect(annonce.type).toContain("application/problem+json");
    const decouvert = await envoyer("/v1/identifiants", [gros.slice(0, 3000), gros.slice(3000)], { "content-type": "application/json" });
    expect(decouvert.statut).toBe(413);
    const lot = await envoyer("/v1/contrats/controle?date=2025-11-03", Array(1000).fill(`${CONTRAT}\n`), { "content-type": "application/x-ndjson" });
    const lignes = lot.corps.trim().split("\n");
    const derniere = JSON.parse(lignes[lignes.length - 1]!) as { probleme?: { status: number } };
    expect(derniere.probleme?.status).toBe(413);
    expect(lignes.length).toBeGreaterThan(100);
  });

  it("client parti au milieu du flux : le traitement s'arrête, aucune requête ne reste en cours, le service répond encore", async () => {
    const agent = new Agent({ keepAlive: false });
    await new Promise<void>((resoudre, rejeter) => {
      const r = request(`${service.url}/v1/contrats/controle?date=2025-11-03`, { method: "POST", agent, headers: { "content-type": "application/x-ndjson" } }, (reponse) => {
        reponse.once("data", () => {
          reponse.destroy();
          r.destroy();
          resoudre();
        });
      });
      r.on("error", () => undefined);
      // Le client envoie quelques contrats puis ne termine jamais son corps : il part après la première ligne reçue.
      r.write(`${CONTRAT}\n${CONTRAT}\n`);
      r.on("close", () => resoudre());
      setTimeout(() => rejeter(new Error("aucune ligne reçue")), 5000).unref();
    });
    for (let i = 0; i < 100 && service.application.enCours() > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(service.application.enCours()).toBe(0);
    expect((await fetch(`${service.url}/sante`)).status).toBe(200);
  });

  it("client lent (slow-loris) : en-têtes jamais terminés, connexion fermée par le serveur après le délai", async () => {
    const reponse = await new Promise<string>((resoudre) => {
      const socket = connect(service.port, "127.0.0.1", () => socket.write("POST /v1/contrats/controle HTTP/1.1\r\nHost: local\r\nContent-Type: appl"));
      let recu = "";
      socket.on("data", (m) => (recu += m.toString()));
      socket.on("close", () => resoudre(recu));
      socket.on("error", () => undefined);
    });
    expect(reponse).toMatch(/^HTTP\/1\.1 408/);
  });

  it("un client Python (urllib, bibliothèque standard) appelle le service selon le contrat", async () => {
    // Processus asynchrone : le service tourne dans ce même processus et doit pouvoir répondre.
    const python = await new Promise<{ stdout: string; stderr: string }>((resoudre) => {
      const p = spawn("python3", [`${ICI}client_urllib.py`, service.url]);
      let stdout = "";
      let stderr = "";
      p.stdout.on("data", (m) => (stdout += m));
      p.stderr.on("data", (m) => (stderr += m));
      p.on("close", () => resoudre({ stdout, stderr }));
    });
    expect(python.stderr).toBe("");
    const bilan = JSON.parse(python.stdout) as Record<string, any>;
    expect(bilan["openapi"]).toBe("3.1.0");
    expect(bilan["siret"]).toMatchObject({ type: "siret", valide: true });
    expect(bilan["controle"].statut).toBe("non_conforme");
    expect(bilan["lot"]).toEqual(["non_conforme", "illisible", "non_conforme", "resume"]);
    expect(bilan["resume"]).toMatchObject({ total: 3, illisibles: 1 });
    expect(bilan["probleme"]).toEqual({ statut: 400, type: "application/problem+json", ligne: 2, colonne: 19, titre: "JSON invalide" });
  });
});

describe("SIGTERM sous charge (processus « opco serveur »)", () => {
  it("les requêtes en cours se terminent entières, aucune n'est perdue ni coupée, le processus sort avec 0", async () => {
    const bin = fileURLToPath(new URL("../../cli/bin/opco.js", import.meta.url));
    const enfant = spawn(process.execPath, [bin, "serveur", "--port", "0", "--referentiel", "aucun"], { stdio: ["ignore", "pipe", "pipe"] });
    const url = await attendreAdresseServeur(enfant);
    const fin = new Promise<number | null>((resoudre) => enfant.once("exit", (code) => resoudre(code)));
    // Une connexion par requête, toutes envoyées avant le signal : chacune est « en cours » quand SIGTERM arrive.
    const agent = new Agent({ keepAlive: true });
    const lot = `${CONTRAT}\n`.repeat(500);
    const appel = (i: number) =>
      new Promise<{ statut: number; corps: string } | { erreur: string }>((resoudre) => {
        const ndjson = i % 8 === 0;
        const r = request(`${url}/v1/contrats/controle?date=2025-11-03`, { method: "POST", agent, headers: { "content-type": ndjson ? "application/x-ndjson" : "application/json" } }, (reponse) => {
          let corps = "";
          reponse.setEncoding("utf8");
          reponse.on("data", (m: string) => (corps += m));
          reponse.on("end", () => resoudre({ statut: reponse.statusCode ?? 0, corps }));
          reponse.on("error", (e) => resoudre({ erreur: e.message }));
        });
        r.on("error", (e: NodeJS.ErrnoException) => resoudre({ erreur: e.code ?? e.message }));
        r.end(ndjson ? lot : CONTRAT);
      });
    const appels = Array.from({ length: 24 }, (_, i) => appel(i));
    await Promise.race(appels);
    enfant.kill("SIGTERM");
    const resultats = await Promise.all(appels);
    expect(await fin).toBe(0);
    let termines = 0;
    for (const r of resultats) {
      expect(r).not.toHaveProperty("erreur");
      if (!("statut" in r)) continue;
      expect([200, 503]).toContain(r.statut);
      if (r.statut !== 200) continue;
      termines++;
      const lignes = r.corps.trim().split("\n").map((l) => JSON.parse(l) as { resume?: { total: number }; statut?: string });
      if (lignes.length > 1) expect(lignes[lignes.length - 1]!.resume?.total).toBe(500);
      else expect(lignes[0]!.statut).toBe("non_conforme");
    }
    expect(termines).toBeGreaterThan(0);
  }, 60_000);
});

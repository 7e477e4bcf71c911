import { afterEach, describe, expect, it, vi } from "vitest";
import { demarrerServeurEmulateur, type EmulateurHttp } from "./ServeurEmulateur.js";

const ouverts: EmulateurHttp[] = [];
afterEach(async () => {
  await Promise.all(ouverts.splice(0).map((emulateur) => emulateur.arreter()));
});

async function demarrer(options: Parameters<typeof demarrerServeurEmulateur>[0]): Promise<EmulateurHttp> {
  const emulateur = await demarrerServeurEmulateur(options);
  ouverts.push(emulateur);
  return emulateur;
}

const routes = [
  {
    methode: "GET" as const,
    motif: "/v1/organismes/:siret",
    gerer: (requete: { parametresChemin: Readonly<Record<string, string>> }) => ({
      statut: 200,
      corps: { siret: requete.parametresChemin["siret"] },
    }),
  },
  {
    methode: "POST" as const,
    motif: "/v1/echo",
    gerer: (requete: { corps: unknown }) => ({ statut: 201, corps: { recu: requete.corps } }),
  },
];

describe("demarrerServeurEmulateur", () => {
  it("sert les routes avec paramètres de chemin, corps JSON, 404 et 405", async () => {
    const emulateur = await demarrer({ routes });
    expect(emulateur.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const reponse = await fetch(`${emulateur.url}/v1/organismes/12345678900011`);
    expect(reponse.status).toBe(200);
    expect(await reponse.json()).toEqual({ siret: "12345678900011" });
    const echo = await fetch(`${emulateur.url}/v1/echo`, { method: "POST", body: JSON.stringify({ a: 1 }) });
    expect(echo.status).toBe(201);
    expect(await echo.json()).toEqual({ recu: { a: 1 } });
    expect((await fetch(`${emulateur.url}/v1/inconnu`)).status).toBe(404);
    expect((await fetch(`${emulateur.url}/v1/echo`)).status).toBe(405);
    expect(emulateur.statistiques.requetes).toBe(4);
    expect(emulateur.statistiques.journal.map((ligne) => ligne.statut)).toEqual([200, 201, 404, 405]);
  });

  it("refuse par authentifier avant la route et compte les refus", async () => {
    const emulateur = await demarrer({
      routes,
      authentifier: (requete) =>
        requete.entetes["authorization"] === "Bearer secret" ? undefined : { statut: 401, corps: { message: "non" } },
    });
    expect((await fetch(`${emulateur.url}/v1/organismes/1`)).status).toBe(401);
    const accepte = await fetch(`${emulateur.url}/v1/organismes/1`, { headers: { authorization: "Bearer secret" } });
    expect(accepte.status).toBe(200);
    expect(emulateur.statistiques.refusAuthentification).toBe(1);
  });

  it("applique les pannes dans l'ordre, filtrées par route, puis répond normalement", async () => {
    const emulateur = await demarrer({
      routes,
      pannes: [
        { type: "trop_de_requetes", retryAfter: 2, route: "/v1/organismes" },
        { type: "erreur_serveur", statut: 503, fois: 2 },
        { type: "json_malforme" },
        { type: "reponse", reponse: { statut: 200, corps: { autre: true } } },
      ],
    });
    const r429 = await fetch(`${emulateur.url}/v1/organismes/1`);
    expect(r429.status).toBe(429);
    expect(r429.headers.get("retry-after")).toBe("2");
    expect((await fetch(`${emulateur.url}/v1/organismes/1`)).status).toBe(503);
    expect((await fetch(`${emulateur.url}/v1/organismes/1`)).status).toBe(503);
    const malforme = await fetch(`${emulateur.url}/v1/organismes/1`);
    await expect(malforme.json()).rejects.toThrow();
    expect(await (await fetch(`${emulateur.url}/v1/organismes/1`)).json()).toEqual({ autre: true });
    expect(await (await fetch(`${emulateur.url}/v1/organismes/1`)).json()).toEqual({ siret: "1" });
    expect(emulateur.statistiques.reponses429).toBe(1);
    expect(emulateur.statistiques.reponses5xx).toBe(2);
  });

  it("limite le débit par seau à jetons (429 + Retry-After: 1) et se réinitialise", async () => {
    const emulateur = await demarrer({ routes, limiteParSeconde: 3 });
    const statuts = [];
    for (let i = 0; i < 5; i++) statuts.push((await fetch(`${emulateur.url}/v1/organismes/${i}`)).status);
    expect(statuts.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuts.filter((statut) => statut === 429).length).toBeGreaterThanOrEqual(1);
    emulateur.reinitialiser();
    expect(emulateur.statistiques.requetes).toBe(0);
    expect((await fetch(`${emulateur.url}/v1/organismes/9`)).status).toBe(200);
  });

  it("bloque un corps sans fin et la coupure ferme la connexion ; arreter ferme tout", async () => {
    const emulateur = await demarrer({ routes, pannes: [{ type: "coupure" }, { type: "blocage" }] });
    await expect(fetch(`${emulateur.url}/v1/organismes/1`)).rejects.toThrow();
    const bloquee = await fetch(`${emulateur.url}/v1/organismes/1`);
    expect(bloquee.status).toBe(200);
    const lecture = bloquee.text();
    await emulateur.arreter();
    ouverts.splice(0);
    await expect(lecture).rejects.toThrow();
  });

  it("ajoute la latence demandée (horloge simulée, aucune mesure du temps réel) et mesure la concurrence", async () => {
    const emulateur = await demarrer({ routes, latenceMs: 300 });
    emulateur.ajouterPanne({ type: "latence", ms: 100 });
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const recues: number[] = [];
      const requetes = [1, 2, 3].map((i) => fetch(`${emulateur.url}/v1/organismes/${i}`).then((r) => (recues.push(i), r)));
      // Attente des trois requêtes côté serveur par les entrées-sorties (setImmediate n'est pas simulé).
      while (emulateur.statistiques.requetes < 3 || emulateur.statistiques.concurrenceMax < 3) await new Promise((r) => setImmediate(r));
      const laisserPasserLesEntreesSorties = async () => {
        for (let k = 0; k < 50; k++) await new Promise((r) => setImmediate(r));
      };
      await vi.advanceTimersByTimeAsync(299);
      await laisserPasserLesEntreesSorties();
      expect(recues).toEqual([]); // aucune réponse avant 300 ms
      await vi.advanceTimersByTimeAsync(1);
      await laisserPasserLesEntreesSorties();
      expect(recues.length).toBe(2); // 300 ms : les deux requêtes sans panne
      await vi.advanceTimersByTimeAsync(99);
      await laisserPasserLesEntreesSorties();
      expect(recues.length).toBe(2); // la requête à latence ajoutée attend encore
      await vi.advanceTimersByTimeAsync(1);
      const reponses = await Promise.all(requetes);
      expect(reponses.map((r) => r.status)).toEqual([200, 200, 200]);
    } finally {
      vi.useRealTimers();
    }
    expect(emulateur.statistiques.concurrenceMax).toBe(3);
  });

  it("corps binaires : octets reçus intacts (corpsOctets) et renvoyés tels quels avec le type donné", async () => {
    const octets = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xe2, 0x80, 0x0d, 0x0a]);
    const emulateur = await demarrer({
      routes: [{ methode: "POST", motif: "/v1/fichier", gerer: (requete) => ({ statut: 200, corps: requete.corpsOctets, entetes: { "content-type": "application/octet-stream" } }) }],
    });
    const reponse = await fetch(`${emulateur.url}/v1/fichier`, { method: "POST", body: octets });
    expect(reponse.headers.get("content-type")).toBe("application/octet-stream");
    expect(reponse.headers.get("content-length")).toBe(String(octets.byteLength));
    expect([...new Uint8Array(await reponse.arrayBuffer())]).toEqual([...octets]);
  });
});

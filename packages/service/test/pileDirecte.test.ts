import { createServer, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { creerApplication, type ApplicationService } from "../src/index";
import { IdentifiantsRequete } from "../src/IdentifiantsRequete";

// Cycle de vie d'une requête de la route directe (`ecouteurNode`) réécrit sans promesse : délai de
// traitement pendant la réception du corps (échéancier commun, minuteries simulées) et identifiants
// de requête (préfixe du processus + compteur).

const FORME_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("IdentifiantsRequete", () => {
  it("de la forme d'un UUID v4, uniques, un compteur derrière un préfixe propre à chaque instance", () => {
    const a = new IdentifiantsRequete();
    const b = new IdentifiantsRequete();
    const vus = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const id = a.suivant();
      expect(id).toMatch(FORME_UUID);
      vus.add(id);
    }
    expect(vus.size).toBe(10_000);
    const [premier, second] = [b.suivant(), b.suivant()];
    expect(premier.slice(0, 24)).toBe(second.slice(0, 24));
    expect(parseInt(second.slice(24), 16) - parseInt(premier.slice(24), 16)).toBe(1);
    // Deux processus (ou répliques) tirent chacun leur préfixe.
    expect(premier.slice(0, 24)).not.toBe([...vus][0]!.slice(0, 24));
  });
});

describe("route directe : délai de traitement", () => {
  let serveur: Server | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await new Promise<void>((resoudre) => (serveur === undefined ? resoudre() : serveur.close(() => resoudre())));
    serveur = undefined;
  });

  async function servir(): Promise<{ application: ApplicationService; port: number; lignes: Record<string, unknown>[] }> {
    const lignes: Record<string, unknown>[] = [];
    const journal = pino({ base: null, timestamp: false }, { write: (l: string) => void lignes.push(JSON.parse(l) as Record<string, unknown>) });
    const application = creerApplication({ referentiels: ["aucun"], delaiRequeteMs: 30_000, journal, metriquesProcessus: false });
    await application.pret;
    serveur = createServer(application.ecouteurNode(getRequestListener(application.app.fetch)));
    await new Promise<void>((resoudre) => serveur!.listen(0, "127.0.0.1", resoudre));
    return { application, port: (serveur.address() as AddressInfo).port, lignes };
  }

  it("corps qui n'arrive pas en entier : 503 « Délai de traitement dépassé » à l'échéance, une seule réponse, une seule ligne", async () => {
    const { application, port, lignes } = await servir();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const socket = connect(port, "127.0.0.1");
    await new Promise<void>((resoudre) => socket.once("connect", () => resoudre()));
    let recu = "";
    socket.setEncoding("latin1").on("data", (m: string) => (recu += m));
    socket.write(`POST /v1/contrats/controle?date=2025-11-03 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Request-Id: lent-1\r\nContent-Length: 5000\r\n\r\n{"contrat":`);
    await vi.waitFor(() => expect(application.enCours()).toBe(1));
    vi.advanceTimersByTime(29_999);
    expect(recu).toBe("");
    vi.advanceTimersByTime(1);
    await vi.waitFor(() => expect(recu).toContain("\r\n\r\n{"));
    expect(recu.startsWith("HTTP/1.1 503 ")).toBe(true);
    const corps = JSON.parse(Buffer.from(recu.slice(recu.indexOf("\r\n\r\n") + 4), "latin1").toString("utf8")) as Record<string, unknown>;
    expect(corps).toMatchObject({ title: "Délai de traitement dépassé", status: 503, delaiMs: 30_000, instance: "urn:requete:lent-1" });
    expect(recu.toLowerCase()).toContain("retry-after: 1\r\n");
    expect(recu.toLowerCase()).toContain("x-request-id: lent-1\r\n");
    expect(application.enCours()).toBe(0);
    socket.destroy();
    expect(lignes.filter((l) => l["requete"] === "lent-1")).toEqual([expect.objectContaining({ statut: 503, contrats: 0, msg: "requête traitée" })]);
  });

  it("corps reçu à temps : 200, et l'échéance passée ensuite ne répond rien de plus", async () => {
    const { application, port, lignes } = await servir();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const corps = JSON.stringify({ pas: "un contrat" });
    const socket = connect(port, "127.0.0.1");
    await new Promise<void>((resoudre) => socket.once("connect", () => resoudre()));
    let recu = "";
    socket.setEncoding("latin1").on("data", (m: string) => (recu += m));
    socket.write(`POST /v1/contrats/controle?date=2025-11-03&referentiel=aucun HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Request-Id: vite-1\r\nContent-Length: ${corps.length}\r\n\r\n${corps}`);
    await vi.waitFor(() => expect(recu).toMatch(/\r\n\r\n\{.*\}$/s));
    expect(recu.startsWith("HTTP/1.1 200 ")).toBe(true);
    const longueur = recu.length;
    vi.advanceTimersByTime(60_000);
    await new Promise((resoudre) => setImmediate(resoudre));
    expect(recu.length).toBe(longueur);
    expect(application.enCours()).toBe(0);
    socket.destroy();
    expect(lignes.filter((l) => l["requete"] === "vite-1")).toEqual([expect.objectContaining({ statut: 200, contrats: 1 })]);
  });
});

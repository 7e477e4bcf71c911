import { createServer, request, type RequestListener, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { getRequestListener } from "@hono/node-server";
import { contratExemple } from "@communs-opco/schemas";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { creerApplication, empreinteCle, type ApplicationService, type CleApi, type ConfigurationService } from "../src/index";

// La route directe (`ecouteurNode`) traite `POST /v1/contrats/controle` en JSON sans la pile Hono :
// chaque cas est envoyé par le réseau à la route directe, puis à l'application Hono (en mémoire), et
// les deux réponses doivent être identiques (statut, corps, en-têtes du service), ainsi que les lignes
// de journal, les métriques et l'usage.

const INSTANT = Date.UTC(2025, 10, 3, 9, 0, 0);
const CONTRAT = JSON.stringify(contratExemple);
const CLE = "cle-akto-0123456789";
const cles = new Map<string, CleApi>([[empreinteCle(CLE), { empreinte: empreinteCle(CLE), titulaire: "akto", operateur: false }]]);
/** En-têtes comparés entre les deux chemins (le reste vient de node:http : Date, Connection, Keep-Alive). */
const COMPARES = ["content-type", "content-length", "donnees-personnelles", "x-request-id", "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset", "ratelimit-policy", "retry-after", "www-authenticate", "connection"];

interface Reponse {
  statut: number;
  entetes: Record<string, string | undefined>;
  corps: string;
}

/** Journal pino capturé en mémoire, sans horodatage : une entrée par ligne. */
function journalCapture(): { journal: pino.Logger; lignes: Record<string, unknown>[] } {
  const lignes: Record<string, unknown>[] = [];
  const sortie = new Writable({
    write(morceau, _encodage, suite) {
      for (const l of String(morceau).trim().split("\n")) lignes.push(JSON.parse(l) as Record<string, unknown>);
      suite();
    },
  });
  return { journal: pino({ base: null, timestamp: false }, sortie), lignes };
}

/** Application servie par un serveur Node local : l'écoute directe devant l'écoute Hono (espionnée). */
async function servir(configuration: ConfigurationService): Promise<{ application: ApplicationService; url: string; serveur: Server; versHono: { nombre: number }; lignes: Record<string, unknown>[] }> {
  const { journal, lignes } = journalCapture();
  const application = creerApplication({ referentiels: ["embarque"], metriquesProcessus: false, maintenant: () => INSTANT, journal, ...configuration });
  await application.pret;
  const versHono = { nombre: 0 };
  const hono = getRequestListener(application.app.fetch);
  const suivant: RequestListener = (message, sortie) => {
    versHono.nombre++;
    void hono(message, sortie);
  };
  const serveur = createServer(application.ecouteurNode(suivant));
  await new Promise<void>((resoudre) => serveur.listen(0, "127.0.0.1", resoudre));
  return { application, url: `http://127.0.0.1:${(serveur.address() as AddressInfo).port}`, serveur, versHono, lignes };
}

function garder(entetes: Record<string, string | string[] | undefined> | Headers): Record<string, string | undefined> {
  const lu = (nom: string) => (entetes instanceof Headers ? (entetes.get(nom) ?? undefined) : (entetes[nom] as string | undefined));
  // « Connection: keep-alive » est posé par node:http sur toute réponse gardant la connexion ; seul « close » vient du service.
  return Object.fromEntries(COMPARES.map((nom) => [nom, lu(nom)]).filter(([nom, v]) => v !== undefined && !(nom === "connection" && v === "keep-alive")));
}

/** Requête par le réseau (corps d'un bloc, ou en morceaux sans Content-Length). */
function reseau(url: string, chemin: string, corps: string, entetes: Record<string, string>, morceaux = false): Promise<Reponse> {
  return new Promise((resoudre, rejeter) => {
    const r = request(`${url}${chemin}`, { method: "POST", headers: entetes }, (reponse) => {
      let texte = "";
      reponse.setEncoding("utf8");
      reponse.on("data", (m: string) => (texte += m));
      reponse.on("end", () => resoudre({ statut: reponse.statusCode ?? 0, entetes: garder(reponse.headers), corps: texte }));
    });
    r.on("error", rejeter);
    if (morceaux) {
      const moitie = Math.floor(corps.length / 2);
      r.write(corps.slice(0, moitie));
      r.end(corps.slice(moitie));
    } else r.end(corps);
  });
}

async function enMemoire(application: ApplicationService, chemin: string, corps: string, entetes: Record<string, string>): Promise<Reponse> {
  const r = await application.app.request(chemin, { method: "POST", body: corps, headers: entetes });
  const texte = await r.text();
  const garde = garder(r.headers);
  // En mémoire, aucune couche HTTP n'écrit Content-Length : la route directe l'écrit, il doit valoir la taille du corps.
  garde["content-length"] ??= String(Buffer.byteLength(texte));
  return { statut: r.status, entetes: garde, corps: texte };
}

describe("route directe POST /v1/contrats/controle : mêmes réponses que l'application Hono", () => {
  let s: Awaited<ReturnType<typeof servir>>;
  beforeAll(async () => {
    s = await servir({ limiteCorpsOctets: 8 * 1024, debit: { limite: 1000, fenetreMs: 60_000 } });
  });
  afterAll(() => new Promise<void>((resoudre) => s.serveur.close(() => resoudre())));

  const json = { "content-type": "application/json" };
  const cas: [string, string, string, Record<string, string>, boolean?][] = [
    ["contrat d'exemple, vérifications avant paiement", "/v1/contrats/controle?date=2025-11-03", CONTRAT, json],
    ["sans vérifications, type avec paramètre", "/v1/contrats/controle?date=2025-11-03&referentiel=aucun", CONTRAT, { "content-type": "Application/JSON; charset=utf-8" }],
    ["OPCO payeur encodé", "/v1/contrats/controle?date=2025-11-03&opco=akto&explication=false", CONTRAT, json],
    ["explications", "/v1/contrats/controle?date=2025-11-03&explication=true", CONTRAT, json],
    ["contrat vide (constats)", "/v1/contrats/controle?date=2025-11-03", "{}", json],
    ["corps en morceaux, sans Content-Length", "/v1/contrats/controle?date=2025-11-03", CONTRAT, json, true],
    ["403 données en clair non permises", "/v1/contrats/controle?enClair=true", CONTRAT, json],
    ["422 enClair invalide", "/v1/contrats/controle?enClair=peut-etre", CONTRAT, json],
    ["422 date inexistante", "/v1/contrats/controle?date=2025-02-30", CONTRAT, json],
    ["422 OPCO inconnu", "/v1/contrats/controle?date=2025-11-03&opco=inconnu%20%C3%A9", CONTRAT, json],
    ["422 OPCO sans vérifications", "/v1/contrats/controle?date=2025-11-03&opco=akto&referentiel=aucun", CONTRAT, json],
    ["422 référentiel non permis", "/v1/contrats/controle?referentiel=en-ligne", CONTRAT, json],
    ["paramètres répétés : la première valeur compte", "/v1/contrats/controle?date=2025-11-03&date=2025-02-30&referentiel=aucun&referentiel=en-ligne", CONTRAT, json],
    ["nom de paramètre encodé, valeur avec +", "/v1/contrats/controle?da%74e=2025-11-03&referentiel=aucun&opco=inconnu+%C3%A9", CONTRAT, json],
    ["paramètre sans valeur, fragment ignoré", "/v1/contrats/controle?date=2025-11-03&explication&referentiel=aucun#x", CONTRAT, json],
    ["400 JSON invalide (ligne, colonne)", "/v1/contrats/controle?date=2025-11-03", '{\n  "contrat": tronqué', json],
    ["413 annoncé par Content-Length", "/v1/contrats/controle?date=2025-11-03", JSON.stringify({ x: "a".repeat(9000) }), json],
    ["413 découvert en cours de lecture", "/v1/contrats/controle?date=2025-11-03", JSON.stringify({ x: "a".repeat(9000) }), json, true],
    ["identifiant de requête refusé (remplacé)", "/v1/contrats/controle?date=2025-11-03", CONTRAT, { ...json, "x-request-id": "pas un identifiant sûr !" }],
  ];
  for (const [nom, chemin, corps, entetes, morceaux] of cas) {
    it(nom, async () => {
      const avant = s.versHono.nombre;
      const id = { "x-request-id": `suivi-${nom.length}`, ...entetes };
      const direct = await reseau(s.url, chemin, corps, id, morceaux === true);
      expect(s.versHono.nombre).toBe(avant);
      const hono = await enMemoire(s.application, chemin, corps, id);
      if (id["x-request-id"].includes(" ")) {
        // Identifiant remplacé par un UUID, différent d'une requête à l'autre.
        expect(direct.entetes["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
        direct.corps = direct.corps.replace(direct.entetes["x-request-id"]!, "ID");
        hono.corps = hono.corps.replace(hono.entetes["x-request-id"]!, "ID");
        delete direct.entetes["x-request-id"];
        delete hono.entetes["x-request-id"];
      }
      expect(direct).toEqual(hono);
      expect(direct.corps).not.toContain("178056912304519");
      // Même ligne de journal pour les deux requêtes (sauf la durée).
      const [l1, l2] = s.lignes.slice(-2).map(({ dureeMs, requete, ...reste }) => (expect(typeof dureeMs).toBe("number"), { ...reste, requete: typeof requete }));
      expect(l1).toEqual(l2);
      expect(l1).toMatchObject({ msg: "requête traitée", route: "/v1/contrats/controle", methode: "POST", statut: direct.statut });
    });
  }

  it("un autre type de contenu, une autre méthode ou un autre chemin passent par Hono (415, 404)", async () => {
    const avant = s.versHono.nombre;
    const texte = await reseau(s.url, "/v1/contrats/controle", CONTRAT, { "content-type": "text/plain" });
    expect(texte.statut).toBe(415);
    const autre = await reseau(s.url, "/v1/contrats/controle/", CONTRAT, { "content-type": "application/json" });
    expect(autre.statut).toBe(404);
    expect(s.versHono.nombre).toBe(avant + 2);
  });

  it("client parti au milieu du corps : la requête se termine (500 au journal, comme par Hono), plus rien en cours", async () => {
    const socket = connect((s.serveur.address() as AddressInfo).port, "127.0.0.1");
    await new Promise<void>((resoudre) => socket.once("connect", () => resoudre()));
    socket.write(`POST /v1/contrats/controle?date=2025-11-03 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Request-Id: parti-1\r\nContent-Length: 5000\r\n\r\n{"contrat":`);
    await vi.waitFor(() => expect(s.application.enCours()).toBe(1));
    socket.destroy();
    await vi.waitFor(() => expect(s.lignes.some((l) => l["requete"] === "parti-1" && l["msg"] === "requête traitée")).toBe(true));
    expect(s.lignes.find((l) => l["requete"] === "parti-1" && l["msg"] === "requête traitée")).toMatchObject({ statut: 500, contrats: 0 });
    expect(s.application.enCours()).toBe(0);
  });

  it("métriques et usage comptent les requêtes directes comme les autres", async () => {
    const metriques = await (await s.application.app.request("/metrics")).text();
    // Chaque cas a été fait deux fois (direct puis Hono) : les compteurs sont pairs.
    const ok = /opco_requetes_total\{route="\/v1\/contrats\/controle",methode="POST",statut="200",titulaire="anonyme"\} (\d+)/.exec(metriques);
    expect(Number(ok?.[1]) % 2).toBe(0);
    expect(Number(ok?.[1])).toBeGreaterThanOrEqual(14);
    expect(metriques).toContain('opco_requetes_total{route="/v1/contrats/controle",methode="POST",statut="413",titulaire="anonyme"} 4');
    expect(metriques).toContain('opco_requetes_total{route="/v1/contrats/controle",methode="POST",statut="500",titulaire="anonyme"} 1');
    const usage = s.application.contexte.usage.resume();
    expect(JSON.stringify(usage)).toContain("POST /v1/contrats/controle");
  });
});

describe("route directe : clés d'API, limite de débit, arrêt", () => {
  it("401 sans clé, titulaire de la clé au journal, 429 avec Retry-After au-delà de la limite, 503 en arrêt (Connection: close)", async () => {
    const s = await servir({ clesApi: cles, debit: { limite: 3, fenetreMs: 60_000 } });
    try {
      const sansCle = await reseau(s.url, "/v1/contrats/controle?date=2025-11-03", CONTRAT, { "content-type": "application/json", "x-request-id": "a1" });
      expect(sansCle.statut).toBe(401);
      expect(sansCle.entetes["www-authenticate"]).toBe('Bearer realm="communs-opco"');
      const avecCle = { "content-type": "application/json", authorization: `Bearer ${CLE}`, "x-request-id": "a2" };
      const statuts: number[] = [];
      const restants: (string | undefined)[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await reseau(s.url, "/v1/contrats/controle?date=2025-11-03&referentiel=aucun", CONTRAT, i % 2 === 0 ? avecCle : { "content-type": "application/json", "x-cle-api": CLE, "x-request-id": "a2" });
        statuts.push(r.statut);
        restants.push(r.entetes["ratelimit-remaining"]);
        if (r.statut === 429) expect(r.entetes["retry-after"]).toBe("60");
      }
      expect(statuts).toEqual([200, 200, 200, 429]);
      expect(restants).toEqual(["2", "1", "0", "0"]);
      expect(s.lignes.filter((l) => l["requete"] === "a2").map((l) => [l["titulaire"], l["statut"], l["contrats"]])).toEqual([
        ["akto", 200, 1],
        ["akto", 200, 1],
        ["akto", 200, 1],
        ["akto", 429, 0],
      ]);
      expect(JSON.stringify(s.lignes)).not.toContain(CLE);
      expect(s.application.enCours()).toBe(0);
      s.application.commencerArret();
      const arret = await reseau(s.url, "/v1/contrats/controle?date=2025-11-03", CONTRAT, avecCle);
      const arretHono = await enMemoire(s.application, "/v1/contrats/controle?date=2025-11-03", CONTRAT, avecCle);
      expect(arret.statut).toBe(503);
      expect(arret.entetes["connection"]).toBe("close");
      expect(arret).toEqual(arretHono);
    } finally {
      s.serveur.closeAllConnections();
      await new Promise<void>((resoudre) => s.serveur.close(() => resoudre()));
    }
  });
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { executerCli, type ContexteCli } from "@communs-opco/cli";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerApplication, type ApplicationService } from "../src/index";

// Chaque route rend le résultat de la commande `opco … --json` qui lui correspond (issue 14, point 2) :
// la même entrée est donnée à la CLI (dans ce processus, `executerCli`) et au service, et les deux JSON
// sont comparés.

let service: ApplicationService;
let dossier: string;

beforeAll(async () => {
  service = creerApplication({ referentiels: ["embarque"], journal: pino({ level: "silent" }), metriquesProcessus: false });
  await service.pret;
  dossier = mkdtempSync(join(tmpdir(), "equivalence-cli-"));
});

afterAll(() => rmSync(dossier, { recursive: true, force: true }));

/** Lance `opco ARGS…` et rend sa sortie standard lue en JSON. */
async function cli(args: readonly string[]): Promise<unknown> {
  const sortie: string[] = [];
  const contexte: ContexteCli = {
    ecrire: (t) => sortie.push(t),
    ecrireErreur: () => undefined,
    repertoire: dossier,
    lireEntreeStandard: async () => "",
    entreeStandardInteractive: true,
  };
  await executerCli([...args], contexte);
  return JSON.parse(sortie.join(""));
}

/** Appelle une route du service et rend son corps JSON (statut 200 exigé). */
async function route(chemin: string, corps?: unknown): Promise<unknown> {
  const reponse = await service.app.request(chemin, corps === undefined ? {} : { method: "POST", body: JSON.stringify(corps), headers: { "content-type": "application/json" } });
  expect(reponse.status).toBe(200);
  return reponse.json();
}

describe("routes du service et commandes de la CLI : mêmes résultats", () => {
  it("GET /v1/formats ≡ opco formats --json", async () => {
    expect(await route("/v1/formats")).toEqual(await cli(["formats", "--json"]));
  });

  it("POST /v1/remuneration ≡ opco remuneration --json (avec et sans échéancier, public, RQTH)", async () => {
    for (const [corps, args] of [
      [{ dateNaissance: "2006-05-14", dateDebutContrat: "2025-09-01", dateFinContrat: "2027-08-31" }, ["--naissance", "2006-05-14", "--debut", "2025-09-01", "--fin", "2027-08-31"]],
      [{ dateNaissance: "2003-02-28", dateDebutContrat: "2025-01-15", dateFinContrat: "2026-01-14", echeancier: true }, ["--naissance", "2003-02-28", "--debut", "2025-01-15", "--fin", "2026-01-14", "--echeancier"]],
    ] as const) {
      expect(await route("/v1/remuneration", corps)).toEqual(await cli(["remuneration", ...args, "--json"]));
    }
  });

  it("POST /v1/statut ≡ opco statut --json", async () => {
    const cas = { formation: { debut: "2024-09-01", fin: "2025-08-31" }, contrats: [{ debut: "2024-10-01", fin: "2025-08-31", rupture: "2024-12-01" }], date: "2025-03-06" };
    const fichier = join(dossier, "cas.json");
    writeFileSync(fichier, JSON.stringify(cas));
    expect(await route("/v1/statut", cas)).toEqual(await cli(["statut", fichier, "--json"]));
  });

  it("POST /v1/identifiants ≡ opco identifiant --json ; GET /v1/identifiants/{type}/{valeur} en rend l'élément", async () => {
    const valeurs = ["73282932000074", "0951099D", "RNCP37537", "732829320", "1234"];
    const attendu = (await cli(["identifiant", ...valeurs, "--json"])) as unknown[];
    expect(await route("/v1/identifiants", { valeurs })).toEqual(attendu);
    expect(await route("/v1/identifiants/siret/73282932000074")).toEqual((await cli(["identifiant", "73282932000074", "--type", "siret", "--json"]) as unknown[])[0]);
  });

  it("GET /v1/npec ≡ opco npec --json (le service y joint le message que la CLI écrit sur la sortie d'erreur)", async () => {
    const attendu = (await cli(["npec", "--rncp", "RNCP37537", "--idcc", "1486", "--date", "2025-09-01", "--json"])) as Record<string, unknown>;
    const recu = (await route("/v1/npec?rncp=RNCP37537&idcc=1486&date=2025-09-01")) as Record<string, unknown>;
    const { message, ...sansMessage } = recu;
    expect(sansMessage).toEqual(attendu);
    expect(message === undefined || typeof message === "string").toBe(true);
  });
});

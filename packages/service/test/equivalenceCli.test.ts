import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { executerCli, genererContratsDemo, type ContexteCli } from "@communs-opco/cli";
import { genererEffectifs } from "@communs-opco/indicateurs";
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
  return JSON.parse(await cliTexte(args));
}

/** Lance `opco ARGS…` et rend sa sortie standard (texte brut). */
async function cliTexte(args: readonly string[]): Promise<string> {
  const sortie: string[] = [];
  const contexte: ContexteCli = {
    ecrire: (t) => sortie.push(t),
    ecrireErreur: () => undefined,
    repertoire: dossier,
    lireEntreeStandard: async () => "",
    entreeStandardInteractive: true,
  };
  await executerCli([...args], contexte);
  return sortie.join("");
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

/** Écrit un fichier d'entrée dans le dossier de la CLI et rend son nom. */
function fichier(nom: string, contenu: string): string {
  writeFileSync(join(dossier, nom), contenu);
  return nom;
}

/** Appelle une route du service (POST) ; statut 200 exigé. */
async function poster(chemin: string, corps: string, type: string): Promise<Response> {
  const reponse = await service.app.request(chemin, { method: "POST", body: corps, headers: { "content-type": type } });
  expect(reponse.status).toBe(200);
  return reponse;
}

describe("routes du service et commandes de la CLI sur des fichiers : mêmes résultats", () => {
  it("POST /v1/contrats/convertir ≡ opco convertir (standard → deca-extrait et retour, octet pour octet)", async () => {
    const contrats = `${[...genererContratsDemo({ nombre: 12, graine: 14 })].map((c) => c.texte).join("\n")}\n`;
    const deca = await cliTexte(["convertir", fichier("contrats.jsonl", contrats), "--de", "standard", "--vers", "deca-extrait"]);
    const reponse = await poster("/v1/contrats/convertir?de=standard&vers=deca-extrait", contrats, "application/octet-stream");
    expect(await reponse.text()).toBe(deca);
    expect(deca.trim().split("\n")).toHaveLength(13); // en-tête + 12 contrats
    expect(Number(reponse.headers.get("opco-conversion-lus"))).toBe(12);
    const retour = await cliTexte(["convertir", fichier("extrait.csv", deca), "--de", "deca-extrait", "--vers", "standard"]);
    expect(await (await poster("/v1/contrats/convertir?de=deca-extrait&vers=standard", deca, "application/octet-stream")).text()).toBe(retour);
  });

  it("POST /v1/financement ≡ un résultat de opco financement --json (NPEC de l'instantané, indu ; NPEC fourni)", async () => {
    const cas = [
      { contrat: { contrat: { dateSignature: "2024-08-20", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31", dateRupture: "2025-03-02" }, formation: { rncp: "RNCP1002" }, employeur: { codeIdcc: "478" } }, paiements: [{ date: "2024-09-20", montant: 4748.5 }, { date: "2025-03-03", montant: 2374.25 }] },
      { contrat: { contrat: { dateSignature: "2025-08-20", dateDebutContrat: "2025-09-01", dateFinContrat: "2027-08-31" } }, npec: 9497, niveauCertification: "6", paiements: [{ date: "2025-09-25", montant: 3048.8 }] },
    ];
    for (const entree of cas) {
      const sortie = (await cli(["financement", fichier("financement.jsonl", `${JSON.stringify(entree)}\n`), "--json", "--date", "2026-11-26"])) as { resultats: Record<string, unknown>[] };
      const { source: sourceCli, ...attendu } = sortie.resultats[0] as Record<string, unknown>;
      const recu = (await (await poster("/v1/financement?date=2026-11-26", JSON.stringify(entree), "application/json")).json()) as Record<string, unknown>;
      const { source, ...sansSource } = recu;
      // Seule différence : le nom de la source (le fichier pour la CLI, « requête » pour le service).
      expect(sansSource).toEqual(attendu);
      expect(source).toEqual({ ...(sourceCli as object), fichier: "requête" });
      expect(sansSource["statut"]).toBe("calcule");
    }
  });

  it("POST /v1/indicateurs ≡ opco indicateurs --json (par département et niveau, ligne illisible comprise)", async () => {
    const lignes = genererEffectifs({ nombre: 300, graine: 5, organismes: 12, formations: 8 }).map((e) => JSON.stringify(e));
    lignes.splice(40, 0, '{"apprenant": tronqué');
    const ndjson = `${lignes.join("\n")}\n`;
    const attendu = (await cli(["indicateurs", fichier("effectifs.jsonl", ndjson), "--date", "2025-03-06", "--par", "departement,niveau", "--json"]));
    const recu = await (await poster("/v1/indicateurs?date=2025-03-06&par=departement,niveau", ndjson, "application/x-ndjson")).json();
    expect(recu).toEqual(attendu);
    expect((recu as { lignes: { illisibles: unknown[] } }).lignes.illisibles).toHaveLength(1);
  });

  it("POST /v1/formulaire/completer ≡ opco completer --json (instantané embarqué, masqué par défaut)", async () => {
    const attendu = (await cli(["completer", "--siret", "80123456700015", "--rncp", "RNCP37537", "--date", "2026-11-26", "--json"]));
    const recu = await (await poster("/v1/formulaire/completer?date=2026-11-26", JSON.stringify({ siret: "80123456700015", certification: "RNCP37537" }), "application/json")).json();
    expect(recu).toEqual(attendu);
    expect(Object.keys((recu as { brouillon: object }).brouillon).length).toBeGreaterThan(0);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { executerCli, genererContratsDemo, type ContexteCli } from "@communs-opco/cli";
import { genererEffectifs } from "@communs-opco/indicateurs";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerApplication, type ApplicationService } from "../src/index";

// Suite de equivalenceCli.test.ts pour les routes qui lisent un fichier ou un lot : conversion,
// financement, indicateurs et brouillon de formulaire. La même entrée est écrite dans un fichier
// pour la CLI (dans ce processus, `executerCli`) et envoyée telle quelle au service ; les deux
// résultats sont comparés.

let service: ApplicationService;
let dossier: string;

beforeAll(async () => {
  service = creerApplication({ referentiels: ["embarque"], journal: pino({ level: "silent" }), metriquesProcessus: false });
  await service.pret;
  dossier = mkdtempSync(join(tmpdir(), "equivalence-cli-fichiers-"));
});

afterAll(() => rmSync(dossier, { recursive: true, force: true }));

/** Lance `opco ARGS…` et rend sa sortie standard (texte brut). */
async function cli(args: readonly string[]): Promise<string> {
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
    const deca = await cli(["convertir", fichier("contrats.jsonl", contrats), "--de", "standard", "--vers", "deca-extrait"]);
    const reponse = await poster("/v1/contrats/convertir?de=standard&vers=deca-extrait", contrats, "application/octet-stream");
    expect(await reponse.text()).toBe(deca);
    expect(deca.trim().split("\n")).toHaveLength(13); // en-tête + 12 contrats
    expect(Number(reponse.headers.get("opco-conversion-lus"))).toBe(12);
    const retour = await cli(["convertir", fichier("extrait.csv", deca), "--de", "deca-extrait", "--vers", "standard"]);
    expect(await (await poster("/v1/contrats/convertir?de=deca-extrait&vers=standard", deca, "application/octet-stream")).text()).toBe(retour);
  });

  it("POST /v1/financement ≡ un résultat de opco financement --json (NPEC de l'instantané, indu ; NPEC fourni)", async () => {
    const cas = [
      { contrat: { contrat: { dateSignature: "2024-08-20", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31", dateRupture: "2025-03-02" }, formation: { rncp: "RNCP1002" }, employeur: { codeIdcc: "478" } }, paiements: [{ date: "2024-09-20", montant: 4748.5 }, { date: "2025-03-03", montant: 2374.25 }] },
      { contrat: { contrat: { dateSignature: "2025-08-20", dateDebutContrat: "2025-09-01", dateFinContrat: "2027-08-31" } }, npec: 9497, niveauCertification: "6", paiements: [{ date: "2025-09-25", montant: 3048.8 }] },
    ];
    for (const entree of cas) {
      const sortie = JSON.parse(await cli(["financement", fichier("financement.jsonl", `${JSON.stringify(entree)}\n`), "--json", "--date", "2026-11-26"])) as { resultats: Record<string, unknown>[] };
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
    const attendu = JSON.parse(await cli(["indicateurs", fichier("effectifs.jsonl", ndjson), "--date", "2025-03-06", "--par", "departement,niveau", "--json"]));
    const recu = await (await poster("/v1/indicateurs?date=2025-03-06&par=departement,niveau", ndjson, "application/x-ndjson")).json();
    expect(recu).toEqual(attendu);
    expect((recu as { lignes: { illisibles: unknown[] } }).lignes.illisibles).toHaveLength(1);
  });

  it("POST /v1/formulaire/completer ≡ opco completer --json (instantané embarqué, masqué par défaut)", async () => {
    const attendu = JSON.parse(await cli(["completer", "--siret", "80123456700015", "--rncp", "RNCP37537", "--date", "2026-11-26", "--json"]));
    const recu = await (await poster("/v1/formulaire/completer?date=2026-11-26", JSON.stringify({ siret: "80123456700015", certification: "RNCP37537" }), "application/json")).json();
    expect(recu).toEqual(attendu);
    expect(Object.keys((recu as { brouillon: object }).brouillon).length).toBeGreaterThan(0);
  });
});

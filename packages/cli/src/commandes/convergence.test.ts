import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demarrerEmulateurApiConvergence, type EmulateurApiConvergence } from "@communs-opco/test-support";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

const CLE = "cle-api-cli-secrete";
const SECRET = "secret-client-cli";
const PDF = Buffer.from("%PDF-1.7\n% convention signée\n%%EOF\n");

let repertoire = "";
let emulateur: EmulateurApiConvergence | undefined;
beforeEach(async () => {
  repertoire = await mkdtemp(join(tmpdir(), "convergence-"));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await emulateur?.arreter();
  emulateur = undefined;
  await rm(repertoire, { recursive: true, force: true });
});

async function demarrer(options: Parameters<typeof demarrerEmulateurApiConvergence>[0] = {}) {
  emulateur = await demarrerEmulateurApiConvergence({
    cleApi: CLE,
    authentification: { type: "oauth2", clientId: "cfa", clientSecret: SECRET, scope: "api.read api.write" },
    formesDateExigees: { convention: "date" },
    ...options,
  });
  vi.stubEnv("COMMUNS_OPCO_CONVERGENCE_URL", emulateur.url);
  vi.stubEnv("COMMUNS_OPCO_CONVERGENCE_CLE", CLE);
  vi.stubEnv("COMMUNS_OPCO_CONVERGENCE_URL_JETON", emulateur.urlJeton);
  vi.stubEnv("COMMUNS_OPCO_CONVERGENCE_CLIENT_ID", "cfa");
  vi.stubEnv("COMMUNS_OPCO_CONVERGENCE_CLIENT_SECRET", SECRET);
  return emulateur;
}

/** Dépose un dossier chez l'émulateur (comme le ferait le CFA) et rend son numéro interne. */
async function dossierDepose(e: EmulateurApiConvergence): Promise<string> {
  const jeton = (await (await fetch(e.urlJeton, { method: "POST", body: new URLSearchParams({ grant_type: "client_credentials", client_id: "cfa", client_secret: SECRET, scope: "api.read api.write" }) })).json()) as { access_token: string };
  const depot = await fetch(`${e.url}/v2/dossiers`, {
    method: "POST",
    headers: { "X-API-KEY": CLE, EDITEUR: "E", LOGICIEL: "L", VERSION: "1", Authorization: `Bearer ${jeton.access_token}`, "content-type": "application/json" },
    body: JSON.stringify({ cerfa: { employeurV2: { siret: "13002526500013" } } }),
  });
  return ((await depot.json()) as { numeroInterne: string }).numeroInterne;
}

const dossier = (numeroInterne: string, complet = true) => ({
  numeroInterne,
  contrat: {
    apprenti: { nom: "MARTIN", prenom: "Léa" },
    employeur: { siret: "13002526500013" },
    organismeFormation: { siret: "19690124100017" },
    contrat: { dateDebutContrat: "2025-09-01", dateFinContrat: "2027-08-31" },
    formation: { dateDebutFormation: "2025-09-01", dateFinFormation: "2027-06-30", ...(complet ? { dureeFormation: 1350 } : {}) },
  },
  convention: { dateSignature: "2025-08-25", mandatEmployeur: true, attestationSigneeEntreprise: true, attestationSigneeCfa: true },
});

describe("opco convergence", () => {
  it("convention : dépose la convention puis son PDF signé, rattaché au dossier", async () => {
    const e = await demarrer();
    const numero = (await (await fetch(e.urlJeton, { method: "POST", body: new URLSearchParams({ grant_type: "client_credentials", client_id: "cfa", client_secret: SECRET, scope: "api.read api.write" }) })).json()) as { access_token: string };
    const depot = await fetch(`${e.url}/v2/dossiers`, {
      method: "POST",
      headers: { "X-API-KEY": CLE, EDITEUR: "E", LOGICIEL: "L", VERSION: "1", Authorization: `Bearer ${numero.access_token}`, "content-type": "application/json" },
      body: JSON.stringify({ cerfa: { employeurV2: { siret: "13002526500013" } } }),
    });
    const { numeroInterne } = (await depot.json()) as { numeroInterne: string };
    await writeFile(join(repertoire, "dossier.json"), JSON.stringify(dossier(numeroInterne)));
    await writeFile(join(repertoire, "convention.pdf"), PDF);
    const ctx = contexteCliCapture({ repertoire });
    const code = await executerCli(["convergence", "convention", "dossier.json", "--opco", "atlas", "--pdf", "convention.pdf"], ctx);
    expect(ctx.erreurs.join("")).toBe("");
    expect(code).toBe(0);
    expect(ctx.sortie.join("")).toContain(`Convention du dossier ${numeroInterne} déposée`);
    expect(e.depots.find((d) => d.chemin === "/v1/conventions")).toMatchObject({ chemin: "/v1/conventions", corps: { numeroInterneDossier: numeroInterne, dateSignature: "2025-08-25", mandatEmployeur: true } });
    expect(e.documents).toHaveLength(1);
    expect(e.documents[0]).toMatchObject({ typeFichier: "convention", objets: [{ typeObjet: "dossier", idObjet: numeroInterne }] });
    expect(Buffer.from(e.documents[0]!.octets).equals(PDF)).toBe(true);
  });

  it("convention : « --pdf - » lit le PDF signé en octets sur l'entrée standard (octets non UTF-8 intacts)", async () => {
    const e = await demarrer();
    const numeroInterne = await dossierDepose(e);
    await writeFile(join(repertoire, "dossier.json"), JSON.stringify(dossier(numeroInterne)));
    // Un PDF réel porte des octets binaires (≥ 0x80, séquences UTF-8 invalides) : ils doivent passer tels quels.
    const binaire = Buffer.concat([Buffer.from("%PDF-1.7\n%"), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0xff, 0x00, 0x80]), Buffer.from("\n%%EOF\n")]);
    const ctx = contexteCliCapture({ repertoire, entree: binaire });
    const code = await executerCli(["convergence", "convention", "dossier.json", "--opco", "atlas", "--pdf", "-"], ctx);
    expect(ctx.erreurs.join("")).toBe("");
    expect(code).toBe(0);
    expect(e.documents).toHaveLength(1);
    expect(Buffer.from(e.documents[0]!.octets).equals(binaire)).toBe(true);
  });

  it("document : le dossier lu sur l'entrée standard (« - ») ; « - » pour deux entrées est refusé (code 2)", async () => {
    const e = await demarrer();
    const numeroInterne = await dossierDepose(e);
    const ctx = contexteCliCapture({ repertoire, entree: JSON.stringify(dossier(numeroInterne)) });
    expect(await executerCli(["convergence", "document", "-", "--opco", "atlas", "--type", "cerfa"], ctx)).toBe(0);
    expect(e.documents).toHaveLength(1);
    expect(e.documents[0]).toMatchObject({ typeFichier: "cerfa", objets: [{ typeObjet: "dossier", idObjet: numeroInterne }] });
    const deux = contexteCliCapture({ repertoire, entree: PDF });
    expect(await executerCli(["convergence", "document", "-", "--opco", "atlas", "--type", "autre", "--pdf", "-"], deux)).toBe(2);
    expect(deux.erreurs.join("")).toContain("« - » (entrée standard) ne peut servir qu'à une seule entrée");
    const terminal = contexteCliCapture({ repertoire });
    await writeFile(join(repertoire, "dossier.json"), JSON.stringify(dossier(numeroInterne)));
    expect(await executerCli(["convergence", "document", "dossier.json", "--opco", "atlas", "--type", "autre", "--pdf", "-"], terminal)).toBe(2);
    expect(terminal.erreurs.join("")).toContain("« - » lit l'entrée standard");
    expect(e.documents).toHaveLength(1);
  });

  it("convention : un champ obligatoire absent est un constat (code 1), rien n'est envoyé", async () => {
    const e = await demarrer();
    await writeFile(join(repertoire, "dossier.json"), JSON.stringify(dossier("EMU-000001", false)));
    await writeFile(join(repertoire, "convention.pdf"), PDF);
    const ctx = contexteCliCapture({ repertoire });
    const code = await executerCli(["convergence", "convention", "dossier.json", "--opco", "atlas", "--pdf", "convention.pdf"], ctx);
    expect(code).toBe(1);
    expect(ctx.sortie.join("")).toContain("contrat.formation.dureeFormation");
    expect(e.statistiques.requetes).toBe(0);
    const json = contexteCliCapture({ repertoire });
    expect(await executerCli(["convergence", "convention", "dossier.json", "--opco", "atlas", "--verifier", "--json"], json)).toBe(1);
    expect(JSON.parse(json.sortie.join(""))).toMatchObject({ envoye: false, constats: [{ regle: "echange.api-convergence.champ-obligatoire" }] });
  });

  it("cle : valide jusqu'à sa date de fin, invalide après ; erreurs d'usage sans secret", async () => {
    await demarrer({ finValiditeCle: "2026-12-31" });
    const ctx = contexteCliCapture({ repertoire });
    expect(await executerCli(["convergence", "cle", "--opco", "atlas", "--siren", "130025265", "--date", "2026-12-06"], ctx)).toBe(0);
    expect(ctx.sortie.join("")).toBe("Clé d'API valide ; fin de validité 2026-12-31 (25 jour(s) restant(s) au 2026-12-06).\n");
    const apres = contexteCliCapture({ repertoire });
    expect(await executerCli(["convergence", "cle", "--opco", "atlas", "--siren", "130025265", "--date", "2027-01-05", "--json"], apres)).toBe(1);
    expect(JSON.parse(apres.sortie.join(""))).toMatchObject({ valide: false, joursRestants: -5 });
    const inconnu = contexteCliCapture({ repertoire });
    expect(await executerCli(["convergence", "cle", "--opco", "inconnu", "--siren", "130025265"], inconnu)).toBe(2);
    vi.stubEnv("COMMUNS_OPCO_CONVERGENCE_CLE", "");
    const sansCle = contexteCliCapture({ repertoire });
    expect(await executerCli(["convergence", "cle", "--opco", "atlas", "--siren", "130025265"], sansCle)).toBe(2);
    expect(sansCle.erreurs.join("")).toContain("COMMUNS_OPCO_CONVERGENCE_CLE");
    expect([...ctx.sortie, ...apres.sortie, ...sansCle.erreurs].join("")).not.toContain(SECRET);
  });

  it("document : dépose le CERFA rempli depuis le contrat du dossier (cerfa-pdf)", async () => {
    const e = await demarrer();
    const jeton = (await (await fetch(e.urlJeton, { method: "POST", body: new URLSearchParams({ grant_type: "client_credentials", client_id: "cfa", client_secret: SECRET, scope: "api.read api.write" }) })).json()) as { access_token: string };
    const depot = await fetch(`${e.url}/v1/dossiers`, {
      method: "POST",
      headers: { "X-API-KEY": CLE, EDITEUR: "E", LOGICIEL: "L", VERSION: "1", Authorization: `Bearer ${jeton.access_token}`, "content-type": "application/json" },
      body: JSON.stringify({ cerfa: { employeur: { siret: "13002526500013" } } }),
    });
    const { numeroInterne } = (await depot.json()) as { numeroInterne: string };
    await writeFile(join(repertoire, "dossier.json"), JSON.stringify(dossier(numeroInterne)));
    const ctx = contexteCliCapture({ repertoire });
    expect(await executerCli(["convergence", "document", "dossier.json", "--opco", "atlas", "--type", "cerfa"], ctx)).toBe(0);
    expect(e.documents[0]?.typeFichier).toBe("cerfa");
    expect(Buffer.from(e.documents[0]!.octets.subarray(0, 5)).toString()).toBe("%PDF-");
    const sansPdf = contexteCliCapture({ repertoire });
    expect(await executerCli(["convergence", "document", "dossier.json", "--opco", "atlas", "--type", "convention"], sansPdf)).toBe(2);
  });
});

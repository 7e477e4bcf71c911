// Issue 13, livrable 3 (dernier écart) : « opco controle --format » lit un gros tableau JSON ou du
// JSON Lines élément par élément. La vraie CLI (compilée) tourne dans un processus enfant au tas
// limité à 64 Mo (`--max-old-space-size=64`) sur des fichiers de ~40 Mo : la lecture du document
// entier (texte décodé puis arbre de ~1 million de valeurs) dépasse ce tas et tue le processus
// (vérifié sur la version précédente : « JavaScript heap out of memory ») ; la lecture en flux ne
// garde qu'un élément à la fois. Chaque élément est un contrat réel (démonstration, extraction DECA
// du dépôt) portant un champ hors standard de 25 000 listes vides et allongé d'espaces : un gros
// fichier et un gros arbre sans multiplier le temps de contrôle. Les quatre lancements partent
// ensemble (deux cœurs) ; aucune assertion de durée.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { genererContratsDemo } from "../demo/genererContratsDemo";

const racine = resolve(import.meta.dirname, "../../../..");
const BIN = resolve(racine, "packages/cli/bin/opco.js");
const DIST = resolve(racine, "packages/cli/dist/cli.js");
const ELEMENTS = 40;
const REMPLISSAGE = " ".repeat(950_000);

const dossier = mkdtempSync(join(tmpdir(), "opco-flux-memoire-"));
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

/** Texte JSON d'un objet augmenté d'un champ hors standard (25 000 listes vides) et allongé d'espaces avant son accolade fermante. */
const allonger = (texte: string) => {
  const objet = JSON.parse(texte) as Record<string, unknown>;
  objet["annexe"] = Array.from({ length: 25_000 }, () => []);
  return `${JSON.stringify(objet).slice(0, -1)}${REMPLISSAGE}}`;
};

interface Sortie {
  code: number;
  json: { resume: { total: number; illisibles: number }; resultats: { statut: string; raison?: string; source: { fichier: string; ligne: number } }[] } | undefined;
  erreurs: string;
}

/** Lance la CLI compilée, tas limité à 64 Mo. */
function lancer(fichier: string, format: string, env: Record<string, string> = {}): Promise<Sortie> {
  return new Promise((resoudre) => {
    execFile(
      process.execPath,
      ["--max-old-space-size=64", BIN, "controle", fichier, "--format", format, "--date", "2025-11-03", "--referentiel", "aucun", "--json"],
      { cwd: dossier, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } },
      (erreur, stdout, stderr) => {
        const code = erreur === null ? 0 : typeof erreur.code === "number" ? erreur.code : -1;
        let json: Sortie["json"];
        try {
          json = JSON.parse(stdout) as Sortie["json"];
        } catch {
          json = undefined;
        }
        resoudre({ code, json, erreurs: stderr });
      },
    );
  });
}

const contrats = [...genererContratsDemo({ nombre: ELEMENTS, graine: 13, partIllisibles: 0 })].map((l) => allonger(l.texte));
const pages = JSON.parse(readFileSync(resolve(racine, "adapters/deca/test/fixtures/extraction-deca.json"), "utf8")) as { pages: { contrats: unknown[] }[] };
const contratsDeca = pages.pages.flatMap((p) => p.contrats).map((c) => JSON.stringify(c));

let lancements: Record<"tableau" | "lignes" | "deca" | "enveloppe", Promise<Sortie>>;

beforeAll(() => {
  // La CLI compilée est indispensable : « npm test » compile avant de tester ; jamais de test sauté en silence.
  expect(existsSync(DIST), "CLI non compilée : lancer « npm run build » (ou « npm test ») avant ce test").toBe(true);
  // Tableau JSON, avec un élément cassé au milieu (les suivants comptent quand même).
  const tableau = [...contrats.slice(0, 20), '{"apprenti": {"nom": "TRONQUE"', ...contrats.slice(20)];
  writeFileSync(join(dossier, "lot.json"), `[\n${tableau.join(",\n")}\n]\n`);
  writeFileSync(join(dossier, "lot.jsonl"), `${contrats.join("\r\n")}\r\n`);
  writeFileSync(join(dossier, "deca.json"), `[\n${Array.from({ length: ELEMENTS }, (_, i) => allonger(contratsDeca[i % contratsDeca.length] as string)).join(",\n")}\n]\n`);
  writeFileSync(join(dossier, "enveloppe.json"), `{"enregistrements": [\n${contrats.join(",\n")}\n]}\n`);
  lancements = { tableau: lancer("lot.json", "standard"), lignes: lancer("lot.jsonl", "standard"), deca: lancer("deca.json", "deca"), enveloppe: lancer("enveloppe.json", "standard") };
});

describe("opco controle --format : gros fichiers JSON lus élément par élément (tas limité à 64 Mo)", () => {
  it("tableau JSON de ~40 Mo au format standard : tout est lu, l'élément cassé est illisible à sa place, les suivants comptent", async () => {
    const { code, json, erreurs } = await lancements.tableau;
    expect(erreurs).not.toMatch(/heap out of memory|allocation failed/i);
    expect(json?.resume.total).toBe(ELEMENTS + 1);
    expect(json?.resume.illisibles).toBe(1);
    const illisible = json?.resultats.find((r) => r.statut === "illisible");
    expect(illisible?.source).toEqual({ fichier: "lot.json#/20", ligne: 22 });
    expect(json?.resultats.at(-1)?.source.fichier).toBe(`lot.json#/${ELEMENTS}`);
    expect(code).toBe(1); // constats bloquants des contrats de démonstration, pas d'échec d'entrée-sortie
  }, 60_000);

  it("JSON Lines (fins de ligne CR LF) de ~40 Mo au format standard : un résultat par ligne, numéro de ligne exact", async () => {
    const { json, erreurs } = await lancements.lignes;
    expect(erreurs).not.toMatch(/heap out of memory|allocation failed/i);
    expect(json?.resume.total).toBe(ELEMENTS);
    expect(json?.resume.illisibles).toBe(0);
    expect(json?.resultats.map((r) => r.source.ligne)).toEqual(Array.from({ length: ELEMENTS }, (_, i) => i + 1));
  }, 60_000);

  it("tableau de contrats DECA de ~40 Mo avec l'adaptateur deca : un résultat par contrat, pointeur de l'élément", async () => {
    const { json, erreurs } = await lancements.deca;
    expect(erreurs).not.toMatch(/heap out of memory|allocation failed/i);
    expect(json?.resume.total).toBe(ELEMENTS);
    // Pointeur de l'élément (suivi, pour un contrat illisible de l'extraction, du champ en cause).
    expect(json?.resultats.map((r) => /^deca\.json#\/\d+/u.exec(r.source.fichier)?.[0])).toEqual(Array.from({ length: ELEMENTS }, (_, i) => `deca.json#/${i}`));
    expect(json?.resume.illisibles).toBe(json?.resultats.filter((r) => r.source.fichier.split("/").length > 2).length);
  }, 60_000);

  it("un document à objet racine (lu d'un bloc) au-delà de OPCO_TAILLE_MAX_DOCUMENT est refusé avec la raison, sans être chargé", async () => {
    const { code, json } = await lancements.enveloppe;
    expect(code).toBe(3);
    expect(json?.resume.total).toBe(1);
    expect(json?.resultats[0]?.raison).toMatch(/^fichier trop volumineux pour être lu d'un bloc : enveloppe\.json \(\d+ octets, limite 16777216 octets pour un document lu entier ; réglable par la variable OPCO_TAILLE_MAX_DOCUMENT/);
  }, 60_000);
});

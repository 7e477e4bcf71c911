import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { genererContratsDemo } from "../demo/genererContratsDemo";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";
import { natureFichier, TAILLE_MAX_DOCUMENT_JSON, TAILLE_MAX_ELEMENT_JSON, TAILLES_MAX_FICHIER, tailleMaxDocument, tailleMaxFichier } from "./tailleMaxFichier";

/*
 * Issue 13, livrable 3 : taille maximale d'un fichier entier par nature. Au-delà, le fichier n'est
 * pas chargé : il est illisible avec la raison (code 3 pour « opco convertir » comme pour « opco controle »),
 * les autres fichiers d'un même contrôle continuent.
 */

const dossier = mkdtempSync(join(tmpdir(), "opco-taille-max-"));
afterAll(() => rmSync(dossier, { recursive: true, force: true }));
afterEach(() => {
  delete process.env["OPCO_TAILLE_MAX_JSON"];
  delete process.env["OPCO_TAILLE_MAX_DOCUMENT"];
});

const contrats = [...genererContratsDemo({ nombre: 3, graine: 7, partConformes: 1, partIllisibles: 0 })].map((l) => l.texte);

async function lancer(...args: string[]) {
  const c = contexteCliCapture({ repertoire: dossier });
  const code = await executerCli(args, c);
  return { code, sortie: c.sortie.join(""), erreurs: c.erreurs.join("") };
}

describe("taille maximale d'un fichier par nature", () => {
  it("valeurs par défaut, nature d'après l'extension, réglage par variable d'environnement (limite et un octet de plus)", () => {
    expect(TAILLES_MAX_FICHIER).toEqual({ json: 268_435_456, csv: 268_435_456, xlsx: 52_428_800, pdf: 20_971_520 });
    expect(["a.CSV", "b.txt", "c.xlsx", "d.pdf", "e.jsonl", "f"].map(natureFichier)).toEqual(["csv", "csv", "xlsx", "pdf", "json", "json"]);
    expect(tailleMaxFichier("csv", { OPCO_TAILLE_MAX_CSV: "1000" })).toBe(1000);
    expect(tailleMaxFichier("csv", { OPCO_TAILLE_MAX_CSV: "-5" })).toBe(268_435_456);
    expect(tailleMaxFichier("csv", { OPCO_TAILLE_MAX_CSV: "beaucoup" })).toBe(268_435_456);
    // Document lu d'un bloc (objet racine, format qui a besoin du document entier, opco convertir) ; élément lu en flux.
    expect(TAILLE_MAX_DOCUMENT_JSON).toBe(16_777_216);
    expect(TAILLE_MAX_ELEMENT_JSON).toBe(16_777_216);
    expect(tailleMaxDocument({})).toBe(16_777_216);
    expect(tailleMaxDocument({ OPCO_TAILLE_MAX_DOCUMENT: "1000" })).toBe(1000);
    expect(tailleMaxDocument({ OPCO_TAILLE_MAX_DOCUMENT: "-1" })).toBe(16_777_216);
  });

  it("opco controle --format : un fichier d'une taille égale à la limite est lu, un octet de plus le rend illisible, l'autre fichier continue", async () => {
    const petit = `${contrats.join("\n")}\n`;
    const gros = `${petit} `;
    writeFileSync(join(dossier, "a.jsonl"), petit);
    writeFileSync(join(dossier, "b.jsonl"), gros);
    process.env["OPCO_TAILLE_MAX_JSON"] = String(Buffer.byteLength(petit));
    const r = await lancer("controle", "b.jsonl", "a.jsonl", "--format", "standard", "--date", "2025-11-03", "--json", "--referentiel", "aucun");
    const json = JSON.parse(r.sortie) as { resume: { total: number; illisibles: number }; resultats: { statut: string; raison?: string; source: { fichier: string } }[] };
    expect(json.resume.total).toBe(contrats.length + 1);
    expect(json.resume.illisibles).toBe(1);
    const illisible = json.resultats.find((x) => x.statut === "illisible");
    expect(illisible?.source.fichier).toBe("b.jsonl");
    expect(illisible?.raison).toBe(`fichier trop volumineux : b.jsonl (${Buffer.byteLength(gros)} octets, limite ${Buffer.byteLength(petit)} octets pour un fichier json ; réglable par la variable OPCO_TAILLE_MAX_JSON)`);
    expect(json.resultats.filter((x) => x.source.fichier.startsWith("a.jsonl"))).toHaveLength(contrats.length);
    // Échec d'entrée-sortie : code 3, qui l'emporte sur le code 1 de l'illisible.
    expect(r.code).toBe(3);
  });

  it("opco controle --format : code 0 quand le fichier est exactement à la limite et conforme, 3 dès qu'un octet de plus le rejette", async () => {
    const petit = `${contrats.join("\n")}\n`;
    writeFileSync(join(dossier, "d.jsonl"), petit);
    process.env["OPCO_TAILLE_MAX_JSON"] = String(Buffer.byteLength(petit));
    const aLaLimite = await lancer("controle", "d.jsonl", "--format", "standard", "--date", "2025-11-03", "--referentiel", "aucun");
    expect(aLaLimite.code).toBe(0);
    process.env["OPCO_TAILLE_MAX_JSON"] = String(Buffer.byteLength(petit) - 1);
    const auDela = await lancer("controle", "d.jsonl", "--format", "standard", "--date", "2025-11-03", "--referentiel", "aucun");
    expect(auDela.code).toBe(3);
    expect(auDela.sortie).toContain(`fichier trop volumineux : d.jsonl (${Buffer.byteLength(petit)} octets, limite ${Buffer.byteLength(petit) - 1} octets pour un fichier json`);
  });

  it("opco convertir d'un fichier trop gros : code 3, message en français, rien lu", async () => {
    writeFileSync(join(dossier, "c.json"), `[${contrats.join(",")}]`);
    process.env["OPCO_TAILLE_MAX_JSON"] = "10";
    const r = await lancer("convertir", "c.json", "--de", "standard", "--vers", "standard");
    expect(r.code).toBe(3);
    expect(r.erreurs).toMatch(/^opco convertir : fichier trop volumineux : c\.json \(\d+ octets, limite 10 octets pour un fichier json ; réglable par la variable OPCO_TAILLE_MAX_JSON\)\n$/);
    expect(r.sortie).toBe("");
  });

  it("opco convertir lit et écrit un document entier : au-delà de OPCO_TAILLE_MAX_DOCUMENT (un octet de plus), code 3 et la raison", async () => {
    const texte = `[${contrats.join(",")}]`;
    writeFileSync(join(dossier, "e.json"), texte);
    process.env["OPCO_TAILLE_MAX_DOCUMENT"] = String(Buffer.byteLength(texte));
    const aLaLimite = await lancer("convertir", "e.json", "--de", "standard", "--vers", "standard");
    expect(aLaLimite.code).toBe(0);
    process.env["OPCO_TAILLE_MAX_DOCUMENT"] = String(Buffer.byteLength(texte) - 1);
    const auDela = await lancer("convertir", "e.json", "--de", "standard", "--vers", "standard");
    expect(auDela.code).toBe(3);
    expect(auDela.erreurs).toContain(`fichier trop volumineux pour être lu d'un bloc : e.json (${Buffer.byteLength(texte)} octets, limite ${Buffer.byteLength(texte) - 1} octets pour un document lu entier ; réglable par la variable OPCO_TAILLE_MAX_DOCUMENT`);
  });

  it("opco controle --format : un tableau JSON plus gros que OPCO_TAILLE_MAX_DOCUMENT est lu en flux, un objet racine de même contenu est refusé", async () => {
    writeFileSync(join(dossier, "f.json"), `[${contrats.join(",\n")}]`);
    writeFileSync(join(dossier, "g.json"), `{"enregistrements": [${contrats.join(",\n")}]}`);
    process.env["OPCO_TAILLE_MAX_DOCUMENT"] = "100";
    const r = await lancer("controle", "f.json", "g.json", "--format", "standard", "--date", "2025-11-03", "--json", "--referentiel", "aucun");
    const json = JSON.parse(r.sortie) as { resume: { total: number; illisibles: number }; resultats: { statut: string; raison?: string; source: { fichier: string } }[] };
    expect(json.resultats.filter((x) => x.source.fichier.startsWith("f.json#/")).map((x) => x.statut)).toEqual(contrats.map(() => "conforme_verifications_executees"));
    const refus = json.resultats.filter((x) => x.source.fichier === "g.json");
    expect(refus).toHaveLength(1);
    expect(refus[0]?.raison).toMatch(/^fichier trop volumineux pour être lu d'un bloc : g\.json \(\d+ octets, limite 100 octets pour un document lu entier ; réglable par la variable OPCO_TAILLE_MAX_DOCUMENT/);
    expect(r.code).toBe(3);
  });
});

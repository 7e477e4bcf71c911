import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

function contexte(repertoire = process.cwd()) {
  return contexteCliCapture({ repertoire });
}

describe("opco demo", () => {
  it("écrit N lignes JSON Lines, identiques pour une même graine", async () => {
    const a = contexte();
    const b = contexte();
    expect(await executerCli(["demo", "--nombre", "40", "--graine", "7"], a)).toBe(0);
    expect(await executerCli(["demo", "--nombre", "40", "--graine", "7"], b)).toBe(0);
    const texte = a.sortie.join("");
    expect(texte).toBe(b.sortie.join(""));
    expect(texte.endsWith("\n")).toBe(true);
    expect(texte.trimEnd().split("\n")).toHaveLength(40);
  });

  it("écrit dans un fichier avec --sortie, le même contenu que sur la sortie standard", async () => {
    const dossier = mkdtempSync(join(tmpdir(), "opco-demo-"));
    const c = contexte(dossier);
    expect(await executerCli(["demo", "--nombre", "25", "--graine", "demo", "--sortie", "d.jsonl"], c)).toBe(0);
    const d = contexte();
    await executerCli(["demo", "--nombre", "25", "--graine", "demo"], d);
    expect(readFileSync(join(dossier, "d.jsonl"), "utf8")).toBe(d.sortie.join(""));
    expect(c.erreurs.join("")).toContain("25 contrat(s) de démonstration écrits dans d.jsonl");
  });

  it("refuse un nombre absent ou invalide (code 2)", async () => {
    for (const args of [["demo"], ["demo", "--nombre", "0"], ["demo", "--nombre", "abc"], ["demo", "--nombre", "3", "en-trop"], ["demo", "--inconnue"]]) {
      const c = contexte();
      expect(await executerCli(args, c), args.join(" ")).toBe(2);
      expect(c.erreurs.join("")).toMatch(/^opco demo : /);
    }
  });
});

describe("jeu de démonstration embarqué", () => {
  it("data/contrats-demo.jsonl est exactement la sortie de « opco demo --nombre 500 --graine 2025 » (sinon le régénérer)", async () => {
    const embarque = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../data/contrats-demo.jsonl"), "utf8");
    const c = contexte();
    expect(await executerCli(["demo", "--nombre", "500", "--graine", "2025"], c)).toBe(0);
    expect(embarque === c.sortie.join(""), "régénérer : opco demo --nombre 500 --graine 2025 --sortie packages/cli/data/contrats-demo.jsonl").toBe(true);
  }, 120_000);
});

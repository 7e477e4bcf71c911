import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

const racine = resolve(import.meta.dirname, "../../../..");

function contexte() {
  return contexteCliCapture({ repertoire: racine });
}

describe("opco controle --format", () => {
  it("contrôle une extraction DECA (--format deca, --json) : un résultat par contrat, décomptes cohérents", async () => {
    const c = contexte();
    const code = await executerCli(["controle", "adapters/deca/test/fixtures/extraction-deca.json", "--format", "deca", "--date", "2025-11-03", "--json"], c);
    expect(code).toBe(1);
    const sortie = JSON.parse(c.sortie.join("")) as {
      resultats: { source: { fichier: string; ligne: number }; statut: string }[];
      resume: { total: number; illisibles: number; conformes: number; nonConformes: number; indetermines: number };
    };
    expect(sortie.resultats).toHaveLength(5);
    expect(sortie.resume.total).toBe(5);
    expect(sortie.resume.illisibles).toBe(2);
    expect(sortie.resume.conformes + sortie.resume.nonConformes + sortie.resume.indetermines + sortie.resume.illisibles).toBe(5);
    expect(sortie.resultats[0]?.source).toEqual({ fichier: "adapters/deca/test/fixtures/extraction-deca.json#/pages/0/contrats/0", ligne: 1 });
  });

  it("détecte le format (auto) d'un contrat AGECAP et affiche le résumé texte", async () => {
    const c = contexte();
    const code = await executerCli(["controle", "adapters/agecap/test/fixtures/contrat-agecap.json", "--format", "auto", "--date", "2025-11-03"], c);
    expect([0, 1]).toContain(code);
    expect(c.sortie.join("")).toContain("Contrôle de 1 fichier(s) à la date d'évaluation 2025-11-03");
    expect(c.sortie.join("")).not.toContain("BERNARD");
  });

  it("refuse un format inconnu avant toute sortie (code 2)", async () => {
    const c = contexte();
    expect(await executerCli(["controle", "adapters/deca/test/fixtures/extraction-deca.json", "--format", "xml"], c)).toBe(2);
    expect(c.sortie).toEqual([]);
    expect(c.erreurs.join("")).toContain("format inconnu « xml »");
  });
});

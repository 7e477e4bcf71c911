import { existsSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { dossierDonneesPartagees, fichierDonneesTest } from "./dossierDonneesPartagees.js";

describe("données de test du dépôt (issue 13, défaut 11)", () => {
  it("sont dans le dépôt (packages/test-support/donnees), jamais dans un dossier voisin", () => {
    const dossier = dossierDonneesPartagees();
    expect(dossier.split(sep).slice(-3)).toEqual(["packages", "test-support", "donnees"]);
    expect(existsSync(join(dossier, "README.md"))).toBe(true);
    expect(relative(join(dossier, "..", "..", ".."), dossier).startsWith("..")).toBe(false);
  });

  it("un fichier absent fait échouer (aucun saut silencieux)", () => {
    expect(fichierDonneesTest("opco-rncp", "akto.csv")).toMatch(/opco-rncp[/\\]akto\.csv$/);
    expect(() => fichierDonneesTest("npec", "absent.xlsx")).toThrow("donnée de test absente du dépôt : npec/absent.xlsx");
  });
});

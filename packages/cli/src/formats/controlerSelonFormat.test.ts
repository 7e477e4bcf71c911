import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { controlerSelonFormat } from "./controlerSelonFormat";

const racine = resolve(import.meta.dirname, "../../../..");
const contexte = { repertoire: racine, lireEntreeStandard: async () => "" };

describe("controlerSelonFormat", () => {
  it("contrôle les contrats d'une extraction DECA : un résultat par contrat, emplacements par pointeur JSON", async () => {
    const resultats = [];
    for await (const { resultat } of controlerSelonFormat(["adapters/deca/test/fixtures/extraction-deca.json"], "auto", contexte, { dateEvaluation: "2025-11-03" })) {
      resultats.push(resultat);
    }
    expect(resultats).toHaveLength(5);
    expect(resultats.map((r) => r.source.fichier)).toEqual([
      "adapters/deca/test/fixtures/extraction-deca.json#/pages/0/contrats/0",
      "adapters/deca/test/fixtures/extraction-deca.json#/pages/0/contrats/1",
      "adapters/deca/test/fixtures/extraction-deca.json#/pages/0/contrats/2/alternant/dateNaissance",
      "adapters/deca/test/fixtures/extraction-deca.json#/pages/1/contrats/0",
      "adapters/deca/test/fixtures/extraction-deca.json#/pages/1/contrats/1/detailsContrat/noContrat",
    ]);
    expect(resultats.map((r) => r.source.ligne)).toEqual([1, 2, 3, 4, 5]);
    expect(resultats.map((r) => r.statut === "illisible")).toEqual([false, false, true, false, true]);
    expect(resultats[0]?.constats.length).toBeGreaterThan(0);
    expect(resultats[2]?.raison).toContain("contrat.apprenti.dateNaissance");
  });

  it("un dossier lu par un adaptateur donne son numéro (identifiant du contrat dans l'export I-OPCO-INDUS)", async () => {
    const numeros = [];
    for await (const e of controlerSelonFormat(["adapters/deca/test/fixtures/extraction-deca.json"], "deca", contexte, { dateEvaluation: "2025-11-03" })) {
      numeros.push(e.numeroDossier);
    }
    expect(numeros).toEqual(["069202509000123", "02B202212000000", undefined, "971202410000042", undefined]);
  });

  it("garde les lignes des formats ligne à ligne et signale les enregistrements sans contrat", async () => {
    const extrait = [];
    for await (const { resultat } of controlerSelonFormat(["adapters/deca/test/fixtures/DECA_Extraction MIA-Fake.csv"], "deca-extrait", contexte, { dateEvaluation: "2025-11-03" })) {
      extrait.push(resultat);
    }
    expect(extrait.map((r) => r.source.ligne)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const statuts = [];
    for await (const { resultat } of controlerSelonFormat(["adapters/agecap/test/fixtures/statuts-agecap.json"], "agecap", contexte, { dateEvaluation: "2025-11-03" })) {
      statuts.push(resultat);
    }
    expect(statuts).toHaveLength(5);
    expect(statuts.every((r) => r.statut === "illisible")).toBe(true);
    expect(statuts[0]?.raison).toBe("l'enregistrement ne contient pas de contrat à contrôler");
  });
});

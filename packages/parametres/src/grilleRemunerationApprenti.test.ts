import { describe, expect, it } from "vitest";
import type { TrancheAgeApprenti } from "./BaremeRemunerationApprenti";
import { grilleRemunerationApprenti } from "./grilleRemunerationApprenti";
import { valeurParametre } from "./valeurParametre";

function pourcentages(date: string, tranche: TrancheAgeApprenti): number[] {
  return valeurParametre(grilleRemunerationApprenti, date)!.valeur.taux[tranche].map((t) => t.pourcentage);
}

describe("grilleRemunerationApprenti", () => {
  it("grille D6222-26 à partir du 01/01/2019 (4e année = 3e année)", () => {
    expect(pourcentages("2019-01-01", "moins_de_18_ans")).toEqual([27, 39, 55, 55]);
    expect(pourcentages("2019-01-01", "18_20_ans")).toEqual([43, 51, 67, 67]);
    expect(pourcentages("2019-01-01", "21_25_ans")).toEqual([53, 61, 78, 78]);
    expect(pourcentages("2026-11-26", "26_ans_et_plus")).toEqual([100, 100, 100, 100]);
  });

  it("ancienne grille la veille du 01/01/2019 (21 ans et plus : mêmes taux pour 21-25 et 26+)", () => {
    expect(pourcentages("2018-12-31", "moins_de_18_ans")).toEqual([25, 37, 53, 53]);
    expect(pourcentages("2018-12-31", "18_20_ans")).toEqual([41, 49, 65, 65]);
    expect(pourcentages("2018-12-31", "21_25_ans")).toEqual([53, 61, 78, 78]);
    expect(pourcentages("2018-12-31", "26_ans_et_plus")).toEqual([53, 61, 78, 78]);
  });

  it("base : SMIC avant 21 ans, SMIC ou SMC si supérieur à partir de 21 ans", () => {
    const bareme = valeurParametre(grilleRemunerationApprenti, "2024-09-01")!.valeur;
    for (const t of bareme.taux.moins_de_18_ans) expect(t.base).toBe("smic");
    for (const t of bareme.taux["18_20_ans"]) expect(t.base).toBe("smic");
    for (const t of bareme.taux["21_25_ans"]) expect(t.base).toBe("smic_ou_smc_si_superieur");
    for (const t of bareme.taux["26_ans_et_plus"]) expect(t.base).toBe("smic_ou_smc_si_superieur");
    expect(bareme.nombreAnneesLegales).toBe(3);
  });

  it("tranches contiguës, en années révolues, couvrant tous les âges", () => {
    for (const v of grilleRemunerationApprenti.valeurs) {
      const tranches = v.valeur.tranches;
      expect(tranches.map((t) => t.tranche)).toEqual(["moins_de_18_ans", "18_20_ans", "21_25_ans", "26_ans_et_plus"]);
      expect(tranches[0]!.ageMinimum).toBe(0);
      for (let i = 1; i < tranches.length; i++) expect(tranches[i]!.ageMinimum).toBe(tranches[i - 1]!.ageMaximum! + 1);
      expect(tranches.at(-1)!.ageMaximum).toBeNull();
    }
  });

  it("statuts : grille 2019 vérifiée, grille historique à vérifier ; aucune grille avant le 01/05/2008", () => {
    expect(valeurParametre(grilleRemunerationApprenti, "2019-01-01")?.statut).toBe("verifie");
    expect(valeurParametre(grilleRemunerationApprenti, "2018-12-31")?.statut).toBe("a_verifier");
    expect(valeurParametre(grilleRemunerationApprenti, "2008-04-30")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { articleCode } from "./articleCode";

describe("articleCode", () => {
  it("nomme l'article et désigne le code par son identifiant Légifrance", () => {
    expect(articleCode("travail", "L6222-1")).toEqual({
      titre: "Code du travail, article L6222-1",
      identifiant: "LEGITEXT000006072050",
      url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050",
    });
    expect(articleCode("impots", "231 bis I").titre).toBe("Code général des impôts, article 231 bis I");
    expect(articleCode("travail", "L6243-2", "(ancienne rédaction)").titre).toBe("Code du travail, article L6243-2 (ancienne rédaction)");
  });

  it("donne l'adresse de l'article quand son identifiant LEGIARTI est vérifié", () => {
    expect(articleCode("travail", "D6222-26")).toEqual({
      titre: "Code du travail, article D6222-26",
      identifiant: "LEGIARTI000037542834",
      url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037542834",
    });
    expect(articleCode("travail", "D6222-26", "al. 2").identifiant).toBe("LEGIARTI000037542834");
  });
});

import { describe, expect, it } from "vitest";
import { communesDuCodePostal } from "./communesDuCodePostal";
import { estCodeNafConnu } from "./estCodeNafConnu";
import { nomCommuneNormalise } from "./nomCommuneNormalise";

describe("données hors ligne", () => {
  it("codes NAF rév. 2", () => {
    expect(estCodeNafConnu("62.01Z")).toBe(true);
    expect(estCodeNafConnu("01.11Z")).toBe(true);
    expect(estCodeNafConnu("62.01")).toBe(false);
    expect(estCodeNafConnu("99.99Z")).toBe(false);
  });
  it("codes postaux : métropole, Corse, outre-mer, multi-départements", () => {
    expect(communesDuCodePostal("75011")?.communes).toContain("Paris");
    expect(communesDuCodePostal("93200")).toMatchObject({ departements: ["93"], communes: ["Saint-Denis"] });
    expect(communesDuCodePostal("20000")?.departements).toEqual(["2A"]);
    expect(communesDuCodePostal("97600")?.departements).toEqual(["976"]);
    expect(communesDuCodePostal("97400")?.communes).toContain("Saint-Denis");
    expect(communesDuCodePostal("01200")?.departements).toEqual(["01", "74"]);
    expect(communesDuCodePostal("00000")).toBeUndefined();
  });
  it("normalisation des noms de communes", () => {
    expect(nomCommuneNormalise("St-Étienne-du-Rouvray")).toBe("SAINT ETIENNE DU ROUVRAY");
    expect(nomCommuneNormalise("L'Haÿ-les-Roses")).toBe("L HAY LES ROSES");
    expect(nomCommuneNormalise("PARIS CEDEX 11")).toBe("PARIS");
    expect(nomCommuneNormalise("Lyon 3e Arrondissement")).toBe("LYON");
    expect(nomCommuneNormalise("Œuilly")).toBe("OEUILLY");
  });
});

import { describe, expect, it } from "vitest";
import { schemaCodeInsee, verifierCodeInsee } from "./codeInsee";

describe("verifierCodeInsee", () => {
  it("accepte des codes commune réels, dont la Corse, l'outre-mer et les arrondissements", () => {
    for (const code of ["67218", "13213", "21231", "31555", "75118", "2A271", "2A004", "2B033", "97213", "97416", "97611", "75101", "69381", "13201", "01004"]) {
      expect(verifierCodeInsee(code), code).toEqual({ valide: true, normalise: code });
    }
  });

  it("met 2a/2b en majuscules", () => {
    expect(verifierCodeInsee(" 2a004 ")).toEqual({ valide: true, normalise: "2A004" });
  });

  it("refuse les formats incorrects, la Corse d'avant 1976, les pays étrangers et les départements inexistants", () => {
    const codes = (valeur: string) => {
      const resultat = verifierCodeInsee(valeur);
      return resultat.valide ? [] : resultat.erreurs.map((e) => e.code);
    };
    expect(codes("7511")).toEqual(["insee.format"]);
    expect(codes("2C004")).toEqual(["insee.format"]);
    expect(codes("20004")).toEqual(["insee.departement"]);
    expect(codes("99135")).toEqual(["insee.departement"]);
    expect(codes("00123")).toEqual(["insee.departement"]);
    expect(codes("97911")).toEqual(["insee.departement"]);
    expect(codes("")).toEqual(["insee.vide"]);
  });

  it("expose un schéma zod normalisant", () => {
    expect(schemaCodeInsee.parse("2b033")).toBe("2B033");
  });
});

import { describe, expect, it } from "vitest";
import { schemaCodePostal, verifierCodePostal } from "./codePostal";

describe("verifierCodePostal", () => {
  it("accepte des codes postaux réels (métropole, Corse, outre-mer)", () => {
    for (const code of ["67400", "13013", "75018", "20167", "20000", "97232", "97600", "01500"]) {
      expect(verifierCodePostal(code), code).toEqual({ valide: true, normalise: code });
    }
    expect(verifierCodePostal(" 75 018 ")).toEqual({ valide: true, normalise: "75018" });
  });

  it("refuse moins ou plus de 5 chiffres, les lettres et le vide, sans compléter de zéros", () => {
    const codes = (valeur: string) => {
      const resultat = verifierCodePostal(valeur);
      return resultat.valide ? [] : resultat.erreurs.map((e) => e.code);
    };
    expect(codes("1500")).toEqual(["code_postal.longueur"]);
    expect(codes("750188")).toEqual(["code_postal.longueur"]);
    expect(codes("2A000")).toEqual(["code_postal.caracteres"]);
    expect(codes("")).toEqual(["code_postal.vide"]);
    const resultat = verifierCodePostal("1500");
    if (!resultat.valide) expect(resultat.erreurs[0]?.message).toBe("le code postal doit comporter 5 chiffres (4 reçus)");
  });

  it("expose un schéma zod normalisant", () => {
    expect(schemaCodePostal.parse(" 20000 ")).toBe("20000");
  });
});

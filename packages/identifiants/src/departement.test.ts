import { describe, expect, it } from "vitest";
import { estCodeDepartement, schemaDepartement, verifierDepartement } from "./departement";

describe("verifierDepartement", () => {
  it("accepte les départements de métropole, de Corse et d'outre-mer", () => {
    for (const code of ["01", "19", "21", "75", "95", "2A", "2B", "971", "972", "973", "974", "976", "975", "977", "978", "984", "986", "987", "988", "989"]) {
      expect(verifierDepartement(code), code).toEqual({ valide: true, normalise: code });
    }
  });

  it("normalise la casse, un seul chiffre et la forme AGECAP sur 3 caractères", () => {
    expect(verifierDepartement("2a")).toEqual({ valide: true, normalise: "2A" });
    expect(verifierDepartement("1")).toEqual({ valide: true, normalise: "01" });
    expect(verifierDepartement("075")).toEqual({ valide: true, normalise: "75" });
    expect(verifierDepartement("02A")).toEqual({ valide: true, normalise: "2A" });
  });

  it("refuse 20, 00, 96, 99, 970, 979, 985 et le vide", () => {
    const codes = (valeur: string) => {
      const resultat = verifierDepartement(valeur);
      return resultat.valide ? [] : resultat.erreurs.map((e) => e.code);
    };
    expect(codes("20")).toEqual(["departement.corse"]);
    for (const code of ["00", "96", "99", "970", "979", "985", "2C", "7500"]) expect(codes(code), code).toEqual(["departement.inconnu"]);
    expect(codes("")).toEqual(["departement.vide"]);
  });

  it("estCodeDepartement ne normalise pas", () => {
    expect(estCodeDepartement("2A")).toBe(true);
    expect(estCodeDepartement("2a")).toBe(false);
    expect(estCodeDepartement("075")).toBe(false);
  });

  it("expose un schéma zod normalisant", () => {
    expect(schemaDepartement.parse("02B")).toBe("2B");
  });
});

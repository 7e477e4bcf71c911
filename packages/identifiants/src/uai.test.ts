import { describe, expect, it } from "vitest";
import { schemaUai, verifierUai } from "./uai";

describe("verifierUai", () => {
  it("accepte 0951099D (951099 mod 23 = 3 → D)", () => {
    expect(verifierUai("0951099D")).toEqual({ valide: true, normalise: "0951099D" });
  });

  it("accepte des UAI réels de l'annuaire ACCE et du Référentiel (lycée, collège, CFA, Corse, outre-mer)", () => {
    for (const uai of [
      "0010001W", // Lycée professionnel Alexandre Bérard, Ambérieu-en-Bugey
      "0010002X", // Collège Saint-Exupéry, Ambérieu-en-Bugey
      "0010005A", // Collège Roger Poulnard, Bâgé-Dommartin
      "0130238N",
      "0342327V",
      "0755213J",
      "0932751K",
      "7200101X", // Bastia (Corse)
      "6200002H", // Ajaccio (Corse)
      "9760165A", // Mamoudzou (Mayotte)
      "9720929C", // Fort-de-France (Martinique)
    ]) {
      expect(verifierUai(uai), uai).toEqual({ valide: true, normalise: uai });
    }
  });

  it("normalise la casse, les espaces et restaure les zéros de tête", () => {
    expect(verifierUai(" 0951099d ")).toEqual({ valide: true, normalise: "0951099D" });
    expect(verifierUai("951099D")).toEqual({ valide: true, normalise: "0951099D" });
    expect(verifierUai("10001W")).toEqual({ valide: true, normalise: "0010001W" });
  });

  it("refuse une lettre clé fausse, y compris les lettres I, O et Q absentes de l'alphabet", () => {
    for (const uai of ["0951099E", "0010001I", "0010001O", "0010001Q"]) {
      const resultat = verifierUai(uai);
      expect(resultat.valide, uai).toBe(false);
      if (!resultat.valide) {
        expect(resultat.erreurs).toEqual([{ code: "uai.cle", message: "la lettre clé de l'UAI est incorrecte" }]);
      }
    }
  });

  it("refuse les formats erronés et le vide", () => {
    const codes = (valeur: string) => {
      const resultat = verifierUai(valeur);
      return resultat.valide ? [] : resultat.erreurs.map((e) => e.code);
    };
    expect(codes("09510999D")).toEqual(["uai.format"]);
    expect(codes("0951099")).toEqual(["uai.format"]);
    expect(codes("D0951099")).toEqual(["uai.format"]);
    expect(codes("")).toEqual(["uai.vide"]);
  });

  it("expose un schéma zod normalisant", () => {
    expect(schemaUai.parse("0951099d")).toBe("0951099D");
    expect(schemaUai.safeParse("0951099E").error?.issues[0]?.message).toBe("la lettre clé de l'UAI est incorrecte");
  });
});

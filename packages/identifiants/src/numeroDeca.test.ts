import { describe, expect, it } from "vitest";
import { schemaNumeroDeca, verifierNumeroDeca } from "./numeroDeca";

describe("verifierNumeroDeca", () => {
  it("accepte l'exemple de la documentation et les variantes NC, outre-mer et Corse", () => {
    expect(verifierNumeroDeca("02B202212000000")).toEqual({ valide: true, normalise: "02B202212000000" });
    expect(verifierNumeroDeca("075202409NC0123")).toEqual({ valide: true, normalise: "075202409NC0123" });
    expect(verifierNumeroDeca("974202301120456")).toEqual({ valide: true, normalise: "974202301120456" });
    expect(verifierNumeroDeca("02a202212nc0000")).toEqual({ valide: true, normalise: "02A202212NC0000" });
    expect(verifierNumeroDeca("075 2024 09 NC 0123")).toEqual({ valide: true, normalise: "075202409NC0123" });
  });

  it("refuse une longueur fausse et signale chaque partie erronée", () => {
    const codes = (valeur: string) => {
      const resultat = verifierNumeroDeca(valeur);
      return resultat.valide ? [] : resultat.erreurs.map((e) => e.code);
    };
    expect(codes("02B20221200000")).toEqual(["numero_deca.longueur"]);
    expect(codes("")).toEqual(["numero_deca.vide"]);
    expect(codes("975202212000000")).toEqual(["numero_deca.departement"]);
    expect(codes("75A202212000000")).toEqual(["numero_deca.departement"]);
    expect(codes("0752O2212000000")).toEqual(["numero_deca.annee"]);
    expect(codes("075202213000000")).toEqual(["numero_deca.mois"]);
    expect(codes("075202200000000")).toEqual(["numero_deca.mois"]);
    expect(codes("075202212XY0000")).toEqual(["numero_deca.format"]);
    expect(codes("975202213XY0000")).toEqual(["numero_deca.departement", "numero_deca.mois", "numero_deca.format"]);
  });

  it("expose un schéma zod normalisant", () => {
    expect(schemaNumeroDeca.parse("02b202212000000")).toBe("02B202212000000");
    expect(schemaNumeroDeca.safeParse("075202213000000").error?.issues[0]?.message).toBe(
      "les caractères 8 et 9 du numéro DECA doivent être un mois de 01 à 12",
    );
  });
});

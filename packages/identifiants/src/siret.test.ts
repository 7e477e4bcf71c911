import { describe, expect, it } from "vitest";
import { schemaSiret, verifierSiret } from "./siret";

describe("verifierSiret", () => {
  it("accepte les établissements de La Poste par la règle de la somme des chiffres (multiple de 5)", () => {
    expect(verifierSiret("35600000009075")).toEqual({ valide: true, normalise: "35600000009075" });
    expect(verifierSiret("35600000009093")).toEqual({ valide: true, normalise: "35600000009093" });
  });

  it("refuse un SIRET de La Poste dont la somme des chiffres n'est pas un multiple de 5", () => {
    expect(verifierSiret("35600000009090")).toEqual({
      valide: false,
      erreurs: [{ code: "siret.cle", message: "la clé de contrôle est incorrecte" }],
    });
  });

  it("accepte des SIRET réels du Référentiel des organismes de formation (métropole, Corse, outre-mer)", () => {
    for (const siret of [
      "19672198900040",
      "18130002100340",
      "41947593400123",
      "82409268800145",
      "19202583100020",
      "20000446300028",
      "97880057100017",
      "19972532600045",
      "13002526500013",
    ]) {
      expect(verifierSiret(siret), siret).toEqual({ valide: true, normalise: siret });
    }
  });

  it("normalise les espaces, points, tirets et espaces insécables", () => {
    expect(verifierSiret(" 356 000 000 09075 ")).toEqual({ valide: true, normalise: "35600000009075" });
    expect(verifierSiret("419.475.934-00123")).toEqual({ valide: true, normalise: "41947593400123" });
    expect(verifierSiret("419\u00a0475\u00a0934\u00a000123")).toEqual({ valide: true, normalise: "41947593400123" });
  });

  it("refuse une clé de Luhn fausse hors La Poste", () => {
    const resultat = verifierSiret("41947593400124");
    expect(resultat.valide).toBe(false);
    if (!resultat.valide) expect(resultat.erreurs.map((e) => e.code)).toEqual(["siret.cle"]);
  });

  it("signale la longueur, les caractères et la valeur vide avec des codes stables", () => {
    const codes = (valeur: string) => {
      const resultat = verifierSiret(valeur);
      return resultat.valide ? [] : resultat.erreurs.map((e) => e.code);
    };
    expect(codes("")).toEqual(["siret.vide"]);
    expect(codes("   ")).toEqual(["siret.vide"]);
    expect(codes("4194759340012")).toEqual(["siret.longueur"]);
    expect(codes("419475934001230")).toEqual(["siret.longueur"]);
    expect(codes("4194759340012A")).toEqual(["siret.caracteres"]);
    const longueur = verifierSiret("356000000");
    if (!longueur.valide) expect(longueur.erreurs[0]?.message).toBe("le SIRET doit comporter 14 chiffres (9 reçus)");
  });
});

describe("schemaSiret", () => {
  it("renvoie la valeur normalisée", () => {
    expect(schemaSiret.parse(" 356 000 000 09075 ")).toBe("35600000009075");
  });

  it("liste les erreurs en français avec leur code dans params", () => {
    const resultat = schemaSiret.safeParse("35600000009090");
    expect(resultat.success).toBe(false);
    expect(resultat.error?.issues).toEqual([
      expect.objectContaining({ code: "custom", message: "la clé de contrôle est incorrecte", params: { code: "siret.cle" } }),
    ]);
  });

  it("refuse ce qui n'est pas une chaîne", () => {
    expect(schemaSiret.safeParse(35600000009075).success).toBe(false);
  });
});

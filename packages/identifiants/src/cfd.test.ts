import { describe, expect, it } from "vitest";
import { schemaCfd, verifierCfd } from "./cfd";

describe("verifierCfd", () => {
  it("accepte des codes diplômes réels de la BCN", () => {
    for (const cfd of ["50022427", "46X32402", "3553260B", "46321218", "26Z13999", "01033501", "99999902"]) {
      expect(verifierCfd(cfd), cfd).toEqual({ valide: true, normalise: cfd });
    }
  });

  it("restaure le zéro de tête perdu par les tableurs et met en majuscules", () => {
    expect(verifierCfd("1022001")).toEqual({ valide: true, normalise: "01022001" });
    expect(verifierCfd(" 46x32402 ")).toEqual({ valide: true, normalise: "46X32402" });
  });

  it("refuse les longueurs et formats incorrects", () => {
    const codes = (valeur: string) => {
      const resultat = verifierCfd(valeur);
      return resultat.valide ? [] : resultat.erreurs.map((e) => e.code);
    };
    expect(codes("500224271")).toEqual(["cfd.longueur"]);
    expect(codes("500224")).toEqual(["cfd.longueur"]);
    expect(codes("500A2427")).toEqual(["cfd.format"]);
    expect(codes("5002242é")).toEqual(["cfd.format"]);
    expect(codes("")).toEqual(["cfd.vide"]);
  });

  it("expose un schéma zod normalisant", () => {
    expect(schemaCfd.parse("1022001")).toBe("01022001");
    expect(schemaCfd.safeParse("500A2427").success).toBe(false);
  });
});

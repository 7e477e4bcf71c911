import { describe, expect, it } from "vitest";
import { schemaNaf, verifierNaf } from "./naf";

describe("verifierNaf", () => {
  it("accepte des codes NAF rév. 2 réels et restaure le point", () => {
    expect(verifierNaf("62.01Z")).toEqual({ valide: true, normalise: "62.01Z" }); // programmation informatique
    expect(verifierNaf("6201Z")).toEqual({ valide: true, normalise: "62.01Z" });
    expect(verifierNaf("56.10a")).toEqual({ valide: true, normalise: "56.10A" }); // restauration traditionnelle
    expect(verifierNaf("01.11Z")).toEqual({ valide: true, normalise: "01.11Z" });
    expect(verifierNaf(" 85.59 A ")).toEqual({ valide: true, normalise: "85.59A" });
  });

  it("refuse les formats incorrects et les divisions inexistantes", () => {
    const codes = (valeur: string) => {
      const resultat = verifierNaf(valeur);
      return resultat.valide ? [] : resultat.erreurs.map((e) => e.code);
    };
    expect(codes("6201")).toEqual(["naf.format"]);
    expect(codes("62.01ZZ")).toEqual(["naf.format"]);
    expect(codes("620.1Z")).toEqual([]);
    expect(codes("A201Z")).toEqual(["naf.format"]);
    expect(codes("40.11Z")).toEqual(["naf.division"]);
    expect(codes("00.00Z")).toEqual(["naf.division"]);
    expect(codes("")).toEqual(["naf.vide"]);
  });

  it("expose un schéma zod normalisant", () => {
    expect(schemaNaf.parse("6201z")).toBe("62.01Z");
    expect(schemaNaf.safeParse("6201").error?.issues[0]?.message).toBe(
      "le code NAF n'est pas au bon format (4 chiffres et 1 lettre, par exemple 62.01Z)",
    );
  });
});

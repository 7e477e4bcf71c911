import { describe, expect, it } from "vitest";
import { schemaSiren, verifierSiren } from "./siren";

describe("verifierSiren", () => {
  it("accepte des SIREN réels de grandes entreprises et de La Poste", () => {
    for (const siren of [
      "356000000", // La Poste
      "441639465", // Renault
      "380129866", // Orange
      "552081317", // EDF
      "552049447", // SNCF
      "542051180", // TotalEnergies
      "632012100", // L'Oréal
      "662042449", // BNP Paribas
      "420495178", // Air France
      "855200887", // Michelin
    ]) {
      expect(verifierSiren(siren), siren).toEqual({ valide: true, normalise: siren });
    }
  });

  it("normalise les espaces", () => {
    expect(verifierSiren(" 441 639 465 ")).toEqual({ valide: true, normalise: "441639465" });
  });

  it("refuse une clé fausse, une longueur fausse, des lettres et le vide", () => {
    const codes = (valeur: string) => {
      const resultat = verifierSiren(valeur);
      return resultat.valide ? [] : resultat.erreurs.map((e) => e.code);
    };
    expect(codes("441639466")).toEqual(["siren.cle"]);
    expect(codes("44163946")).toEqual(["siren.longueur"]);
    expect(codes("44163946A")).toEqual(["siren.caracteres"]);
    expect(codes("")).toEqual(["siren.vide"]);
  });

  it("expose un schéma zod normalisant", () => {
    expect(schemaSiren.parse("356 000 000")).toBe("356000000");
    expect(schemaSiren.safeParse("356000001").error?.issues[0]?.message).toBe("la clé de contrôle est incorrecte");
  });
});

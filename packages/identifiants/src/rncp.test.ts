import { describe, expect, it } from "vitest";
import { schemaRncp, verifierRncp } from "./rncp";
import { schemaRs, verifierRs } from "./rs";

describe("verifierRncp", () => {
  it("accepte des codes RNCP réels (liste AKTO) et d'avant 2019", () => {
    for (const rncp of ["RNCP38430", "RNCP38362", "RNCP34567", "RNCP4505", "RNCP492"]) {
      expect(verifierRncp(rncp), rncp).toEqual({ valide: true, normalise: rncp });
    }
  });

  it("normalise la casse, les séparateurs et ajoute le préfixe manquant", () => {
    expect(verifierRncp(" rncp 38 430 ")).toEqual({ valide: true, normalise: "RNCP38430" });
    expect(verifierRncp("RNCP-38430")).toEqual({ valide: true, normalise: "RNCP38430" });
    expect(verifierRncp("38430")).toEqual({ valide: true, normalise: "RNCP38430" });
  });

  it("refuse RNCPNR, les codes trop courts ou trop longs et les autres formes", () => {
    const codes = (valeur: string) => {
      const resultat = verifierRncp(valeur);
      return resultat.valide ? [] : resultat.erreurs.map((e) => e.code);
    };
    expect(codes("RNCPNR")).toEqual(["rncp.non_renseigne"]);
    expect(codes("RNCP12")).toEqual(["rncp.format"]);
    expect(codes("RNCP123456")).toEqual(["rncp.format"]);
    expect(codes("RS5436")).toEqual(["rncp.format"]);
    expect(codes("")).toEqual(["rncp.vide"]);
  });

  it("expose un schéma zod normalisant", () => {
    expect(schemaRncp.parse("38430")).toBe("RNCP38430");
    expect(schemaRncp.safeParse("RNCPNR").error?.issues[0]?.message).toBe("RNCPNR signifie qu'aucune fiche RNCP n'est renseignée");
  });
});

describe("verifierRs", () => {
  it("accepte des codes RS avec ou sans préfixe", () => {
    expect(verifierRs("RS5436")).toEqual({ valide: true, normalise: "RS5436" });
    expect(verifierRs("rs 6564")).toEqual({ valide: true, normalise: "RS6564" });
    expect(verifierRs("5436")).toEqual({ valide: true, normalise: "RS5436" });
  });

  it("refuse les autres formes", () => {
    const codes = (valeur: string) => {
      const resultat = verifierRs(valeur);
      return resultat.valide ? [] : resultat.erreurs.map((e) => e.code);
    };
    expect(codes("RNCP34567")).toEqual(["rs.format"]);
    expect(codes("RS")).toEqual(["rs.format"]);
    expect(codes("RS1234567")).toEqual(["rs.format"]);
    expect(codes("")).toEqual(["rs.vide"]);
  });

  it("expose un schéma zod normalisant", () => {
    expect(schemaRs.parse(" rs5436 ")).toBe("RS5436");
  });
});

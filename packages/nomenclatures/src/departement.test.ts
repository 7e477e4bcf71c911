import { describe, expect, it } from "vitest";
import { academie, departement, normaliserCodeDepartement, region, tableAcademies, tableDepartements, tableRegions } from "./index";

describe("tableDepartements", () => {
  it("102 entrées de la source (01–95, 2A, 2B, 971–976, 99) et 8 collectivités d'outre-mer à vérifier", () => {
    const verifies = tableDepartements.entrees.filter((d) => d.statut === "verifie");
    expect(verifies).toHaveLength(102);
    const ajoutes = tableDepartements.entrees.filter((d) => d.statut === "a_verifier").map((d) => d.code);
    expect(ajoutes).toEqual(["975", "977", "978", "984", "986", "987", "988", "989"]);
    expect(verifies.some((d) => d.code === "20")).toBe(false);
  });

  it("chaque région et académie citée existe", () => {
    for (const d of tableDepartements.entrees) {
      if (d.codeRegion !== null) expect(region(d.codeRegion), d.code).toBeDefined();
      if (d.codeAcademie !== null) expect(academie(d.codeAcademie), d.code).toBeDefined();
    }
  });

  it("18 régions (13 métropolitaines, 5 d'outre-mer) et 30 académies vérifiées", () => {
    expect(tableRegions.entrees).toHaveLength(18);
    expect(tableRegions.entrees.filter((r) => r.code.startsWith("0")).map((r) => r.code)).toEqual(["01", "02", "03", "04", "06"]);
    expect(tableAcademies.entrees.filter((a) => a.statut === "verifie")).toHaveLength(30);
    expect(tableAcademies.entrees.every((a) => /^\d{2}$/.test(a.code))).toBe(true);
  });
});

describe("departement", () => {
  it("Corse : 2A et 2B", () => {
    const d = departement("2A");
    expect(d?.nom).toBe("Corse-du-Sud");
    expect(d?.region).toEqual({ code: "94", nom: "Corse", statut: "verifie" });
    expect(d?.academie).toEqual({ code: "27", nom: "Corse", statut: "verifie" });
    expect(departement("2b")?.nom).toBe("Haute-Corse");
  });

  it("outre-mer : 971 à 976", () => {
    const mayotte = departement("976");
    expect(mayotte?.nom).toBe("Mayotte");
    expect(mayotte?.region?.code).toBe("06");
    expect(mayotte?.academie).toEqual({ code: "43", nom: "Mayotte", statut: "verifie" });
    expect(departement("974")?.region?.nom).toBe("La Réunion");
    expect(departement("971")?.academie?.code).toBe("32");
  });

  it("métropole", () => {
    expect(departement("75")?.academie?.nom).toBe("Paris");
    expect(departement("78")?.academie?.nom).toBe("Versailles");
    expect(departement("93")?.academie?.nom).toBe("Créteil");
    expect(departement("01")?.region?.nom).toBe("Auvergne-Rhône-Alpes");
    expect(departement("14")?.academie?.code).toBe("70");
  });

  it("formes AGECAP et saisies courtes", () => {
    expect(departement("075")?.nom).toBe("Paris");
    expect(departement("02A")?.code).toBe("2A");
    expect(departement("1")?.code).toBe("01");
  });

  it("étranger et collectivités d'outre-mer", () => {
    expect(departement("99")).toEqual({ code: "99", nom: "Etranger", region: null, academie: null, statut: "verifie" });
    const caledonie = departement("988");
    expect(caledonie?.region).toBeNull();
    expect(caledonie?.statut).toBe("a_verifier");
  });

  it("code inconnu : undefined", () => {
    expect(departement("20")).toBeUndefined();
    expect(departement("96")).toBeUndefined();
    expect(departement("")).toBeUndefined();
  });
});

describe("region, academie, normaliserCodeDepartement", () => {
  it("region", () => {
    expect(region("11")?.nom).toBe("Île-de-France");
    expect(region("6")?.nom).toBe("Mayotte");
    expect(region("905")).toBeUndefined();
  });

  it("academie", () => {
    expect(academie("01")?.nom).toBe("Paris");
    expect(academie("1")?.nom).toBe("Paris");
    expect(academie("00")?.nom).toBe("Étranger");
    expect(academie("05")).toBeUndefined();
  });

  it("normaliserCodeDepartement", () => {
    expect(normaliserCodeDepartement(" 2a ")).toBe("2A");
    expect(normaliserCodeDepartement("075")).toBe("75");
    expect(normaliserCodeDepartement("976")).toBe("976");
    expect(normaliserCodeDepartement("9")).toBe("09");
  });
});

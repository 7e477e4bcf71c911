import { describe, expect, it } from "vitest";
import { tablePrefixeCfd, typeDiplomeParCfd } from "./index";

// contrat.md §2.6 : préfixe du CFD → typeDiplome (251 exclu, voir plus bas).
const tableSpecification: Record<string, string> = {
  "35": "010, 013",
  "80": "100",
  "71": "135, 155",
  "79": "140, 146, 160, 16A, 16C, 16N, 16Q, 16R, 16X",
  "74": "165, 170",
  "63": "200, 201, 205",
  "62": "250",
  "69": "230, 236, 241, 246, 255, 260, 264, 265, 26A, 26C, 26M, 26N, 26Q, 26R, 26S, 26T, 26U, 26X",
  "54": "320, 323",
  "55": "350",
  "58": "321, 322, 336, 346, 355, 360, 363, 364, 36C, 36E, 36M, 36N, 36Q, 36R, 36S, 36T, 36U, 36X",
  "41": "400, 403",
  "43": "430, 433",
  "49": "401, 420, 446, 450, 453, 460, 463, 464, 46A, 46C, 46E, 46M, 46N, 46R, 46S, 46T, 46X",
  "33": "500, 503",
  "34": "510",
  "38": "553, 560, 563, 564, 56C, 56E, 56J, 56M, 56R, 56T, 56X",
  "25": "671",
  "26": "672",
};

describe("tablePrefixeCfd", () => {
  it("coïncide avec la table de contrat.md §2.6 (97 préfixes dont 251)", () => {
    const attendu = new Map<string, string>();
    for (const [type, prefixes] of Object.entries(tableSpecification)) {
      for (const p of prefixes.split(", ")) attendu.set(p, type);
    }
    const obtenu = new Map(tablePrefixeCfd.entrees.filter((e) => e.code !== "251").map((e) => [e.code, e.typeDiplome]));
    expect(obtenu).toEqual(attendu);
    expect(tablePrefixeCfd.entrees).toHaveLength(97);
  });

  it("préfixe 251 : le code 64 de la source, hors liste DIPLOMES, n'est pas repris", () => {
    expect(tablePrefixeCfd.entrees.find((e) => e.code === "251")).toEqual({
      code: "251",
      typeDiplome: null,
      typeDiplomeSource: "64",
      libelle: null,
    });
  });
});

describe("typeDiplomeParCfd", () => {
  it("cas réels de la BCN", () => {
    expect(typeDiplomeParCfd("50022427")?.code).toBe("33"); // CAP
    expect(typeDiplomeParCfd("46X32402")?.code).toBe("49");
    expect(typeDiplomeParCfd("3553260B")?.code).toBe("58");
    expect(typeDiplomeParCfd("32031212")?.libelle).toBe("Brevet de Technicien Supérieur");
    expect(typeDiplomeParCfd("40025214")?.niveauEuropeen).toBe("4");
  });

  it("accepte minuscules, espaces, 9e lettre de spécialité et CFD à 7 caractères (zéro perdu)", () => {
    expect(typeDiplomeParCfd(" 46x32402 ")?.code).toBe("49");
    expect(typeDiplomeParCfd("50022427A")?.code).toBe("33");
    expect(typeDiplomeParCfd("1022001")?.code).toBe("35");
  });

  it("préfixe inconnu, préfixe 251 ou CFD mal formé : undefined", () => {
    expect(typeDiplomeParCfd("99999999")).toBeUndefined();
    expect(typeDiplomeParCfd("25121001")).toBeUndefined();
    expect(typeDiplomeParCfd("500")).toBeUndefined();
    expect(typeDiplomeParCfd("500AB427")).toBeUndefined();
    expect(typeDiplomeParCfd("")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { convention, opcoParIdcc, tableConventionsCollectives, tableIdccOpco } from "./index";

describe("tableConventionsCollectives", () => {
  it("787 conventions ; clés sur 4 chiffres sauf la clé groupée de la source", () => {
    expect(tableConventionsCollectives.entrees).toHaveLength(787);
    const malFormees = tableConventionsCollectives.entrees.filter((c) => !/^\d{4}$/.test(c.idcc)).map((c) => c.idcc);
    expect(malFormees).toEqual(["1740 1841 1843"]);
  });

  it("enVigueur suit la règle de la source (VIGUEUR_ETEN / VIGUEUR_NON_ETEN, ou aucune information)", () => {
    for (const c of tableConventionsCollectives.entrees) {
      const attendu =
        c.etatsLegifrance.length === 0 || c.etatsLegifrance.some((e) => e === "VIGUEUR_ETEN" || e === "VIGUEUR_NON_ETEN");
      expect(c.enVigueur, c.idcc).toBe(attendu);
    }
  });

  it("les dates et identifiants KALI sont bien formés", () => {
    for (const c of tableConventionsCollectives.entrees) {
      if (c.dateDebut !== null) expect(c.dateDebut).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (c.idKali !== null) expect(c.idKali).toMatch(/^KALICONT\d+$/);
    }
  });

  it("seuls 8 IDCC de la table IDCC → OPCO manquent à la table des conventions (écart des sources, documenté)", () => {
    const inconnus = tableIdccOpco.entrees.filter((e) => convention(e.idcc) === undefined).map((e) => e.idcc);
    expect(inconnus).toEqual(["0003", "0083", "0240", "1420", "2329", "2793", "5556", "5557"]);
  });
});

describe("convention", () => {
  it("cas réels", () => {
    const syntec = convention("1486");
    expect(syntec?.libelle).toBe("Bureaux d'études techniques, cabinets d'ingénieurs-conseils et sociétés de conseils");
    expect(syntec?.enVigueur).toBe(true);
    expect(opcoParIdcc("1486")?.slug).toBe("atlas");
    expect(convention(16)?.etatsLegifrance).toEqual(["VIGUEUR_ETEN"]);
    expect(convention("0016")?.idKali).toBe("KALICONT000005635624");
  });

  it("une convention abrogée n'est pas en vigueur", () => {
    const c = convention("1841");
    expect(c?.etatsLegifrance).toEqual(["ABROGE"]);
    expect(c?.enVigueur).toBe(false);
  });

  it("codes spéciaux 9999 et 9998", () => {
    expect(convention("9999")?.libelle).toBe("___Sans convention collective___");
    expect(convention("9998")?.enVigueur).toBe(true);
  });

  it("clé groupée de la source, IDCC inconnu ou mal formé", () => {
    expect(convention("1740 1841 1843")?.idcc).toBe("1740 1841 1843");
    expect(convention("0000")).toBeUndefined();
    expect(convention("abc")).toBeUndefined();
  });
});

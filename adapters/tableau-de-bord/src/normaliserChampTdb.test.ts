import { describe, expect, it } from "vitest";
import { cyrb53 } from "./cyrb53.js";
import { idErpTeleversement } from "./idErpTeleversement.js";
import { normaliserChampTdb } from "./normaliserChampTdb.js";

const valeur = (v: unknown, nature: Parameters<typeof normaliserChampTdb>[1], canal: "api" | "televersement" = "api") => {
  const r = normaliserChampTdb(v, nature, canal);
  return r.ok ? ("absent" in r ? "(absent)" : r.valeur) : `refus:${r.code}`;
};

describe("normaliserChampTdb (indicateurs.md §1.2)", () => {
  it("dates : ISO en tête à l'API ; JJ/MM/AAAA, Date et numéro de série Excel au téléversement", () => {
    expect(valeur("2024-09-02T10:00:00Z", "date")).toBe("2024-09-02");
    expect(valeur("02/09/2024", "date")).toBe("refus:date_invalide");
    expect(valeur("02/09/2024", "date", "televersement")).toBe("2024-09-02");
    expect(valeur(new Date("2024-09-02T00:00:00Z"), "date", "televersement")).toBe("2024-09-02");
    expect(valeur(45488, "date", "televersement")).toBe("2024-07-15");
    expect(valeur("2024-02-30", "date")).toBe("refus:date_invalide");
  });

  it("identifiants : SIRET, UAI, CFD, RNCP, codes postaux et INSEE", () => {
    expect(valeur("196.900.492-00014", "siret")).toBe("19690049200014");
    expect(valeur(" 0693446w ", "uai")).toBe("0693446W");
    expect(valeur("50022137", "cfd")).toBe("50022137");
    expect(valeur("rncp 37.537", "rncp")).toBe("RNCP37537");
    expect(valeur("1", "rncp")).toBe("refus:rncp_invalide");
    expect(valeur(4000, "codePostal")).toBe("04000");
    expect(valeur("2A004", "codeInsee")).toBe("2A004");
    expect(valeur("2C004", "codeInsee")).toBe("refus:code_insee_invalide");
  });

  it("année scolaire, sexe, statut, booléens, téléphone, durées, SIFA, type de CFA", () => {
    expect(valeur("2024/2025", "anneeScolaire")).toBe("2024-2025");
    expect(valeur("2024-2024", "anneeScolaire")).toBe("2024-2024");
    expect(valeur("2024-2026", "anneeScolaire")).toBe("refus:annee_scolaire_invalide");
    expect(["H", "1", "2", "f"].map((s) => valeur(s, "sexe"))).toEqual(["M", "M", "F", "F"]);
    expect(valeur(3, "statut")).toBe("3");
    expect(valeur("1", "statut")).toBe("refus:statut_invalide");
    expect(["VRAI", "non", true].map((b) => valeur(b, "booleen"))).toEqual([true, false, true]);
    expect(valeur("06 12 34 56 78", "telephone")).toBe("0612345678");
    expect(valeur("+33612345678", "telephone")).toBe("0612345678");
    expect(valeur("+262262123456", "telephone")).toBe("+262262123456");
    expect(valeur("12", "telephone")).toBe("refus:telephone_invalide");
    expect(valeur(49, "dureeMois")).toBe("refus:nombre_hors_bornes");
    expect(valeur("0", "derniereSituation")).toBe("(absent)");
    expect(valeur("4101", "derniereSituation")).toBe("4101");
    expect(valeur("4200", "derniereSituation")).toBe("refus:derniere_situation_invalide");
    expect(valeur("1234", "dernierOrganismeUai")).toBe("refus:dernier_organisme_invalide");
    expect(valeur("075", "dernierOrganismeUai")).toBe("075");
    expect(valeur(7, "typeCfa")).toBe("07");
    expect(valeur("", "texte")).toBe("(absent)");
    expect(valeur({ a: 1 }, "texte")).toBe("refus:type_invalide");
  });
});

describe("identifiant ERP du téléversement", () => {
  it("est une empreinte cyrb53 de 16 caractères hexadécimaux, insensible aux accents et à la casse du nom", () => {
    expect(cyrb53("")).toMatch(/^[0-9a-f]{16}$/u);
    expect(cyrb53("a")).not.toBe(cyrb53("b"));
    expect(idErpTeleversement("Léa", "MARTIN", "2007-03-14")).toBe(idErpTeleversement("lea ", "martin", "2007-03-14"));
    expect(idErpTeleversement("Léa", "MARTIN", "2007-03-14")).toBe(cyrb53("leamartin2007-03-14"));
  });
});

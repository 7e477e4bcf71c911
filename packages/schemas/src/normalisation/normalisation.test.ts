import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lireContrat } from "../lireContrat.js";
import { normaliserBooleen } from "./normaliserBooleen.js";
import { normaliserDate } from "./normaliserDate.js";
import { heureDeParis } from "@communs-opco/dates";
import { normaliserDateHeure } from "./normaliserDateHeure.js";
import { normaliserNombre } from "./normaliserNombre.js";

describe("normaliserDate", () => {
  it.each([
    ["2025-09-01", "2025-09-01"],
    [" 01/09/2025 ", "2025-09-01"],
    ["1/9/2025", "2025-09-01"],
    ["01.09.2025", "2025-09-01"],
    ["2025-09-01T00:00:00", "2025-09-01"],
    ["2025-08-31T22:00:00.000Z", "2025-09-01"],
    ["2025-01-14T23:30:00Z", "2025-01-15"],
    ["2025-01-15T00:00:00+0000", "2025-01-15"],
    ["45488", "2024-07-15"],
    ["29/02/2024", "2024-02-29"],
  ])("%s → %s", (entree, attendu) => {
    expect(normaliserDate(entree)).toBe(attendu);
  });

  it.each(["29/02/2025", "2025-13-01", "2021", "hier", "2025-02-30"])("refuse %s", (entree) => {
    expect(normaliserDate(entree)).toBeUndefined();
  });

  it("est l'identité sur toute date ISO valide", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2199-12-31T00:00:00Z"), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(normaliserDate(iso)).toBe(iso);
        const [annee, mois, jour] = iso.split("-");
        expect(normaliserDate(`${jour}/${mois}/${annee}`)).toBe(iso);
      }),
    );
  });
});

describe("heureDeParis", () => {
  it("donne l'heure civile de Paris, heure d'hiver, d'été et autour des changements d'heure", () => {
    expect(heureDeParis(Date.parse("2025-09-03T08:15:07Z"))).toEqual({ annee: 2025, mois: 9, jour: 3, heure: 10, minute: 15, seconde: 7, date: "2025-09-03", horaire: "10:15:07" });
    expect(heureDeParis(Date.parse("2025-01-15T23:30:00Z"))).toEqual({ annee: 2025, mois: 1, jour: 16, heure: 0, minute: 30, seconde: 0, date: "2025-01-16", horaire: "00:30:00" });
    expect(heureDeParis(Date.parse("2026-03-29T00:59:59Z"))).toMatchObject({ jour: 29, heure: 1, minute: 59 });
    expect(heureDeParis(Date.parse("2026-03-29T01:00:00Z"))).toMatchObject({ jour: 29, heure: 3, minute: 0 });
    expect(heureDeParis(Date.parse("2025-10-26T00:30:00Z"))).toMatchObject({ heure: 2, minute: 30 });
    expect(heureDeParis(Date.parse("2025-10-26T01:30:00Z"))).toMatchObject({ heure: 2, minute: 30 });
    expect(heureDeParis(Date.parse("2025-12-31T23:00:00Z"))).toMatchObject({ annee: 2026, mois: 1, jour: 1, date: "2026-01-01", horaire: "00:00:00" });
    expect(heureDeParis(Date.parse("0099-06-01T12:00:00Z")).date).toBe("0099-06-01");
  });
});

describe("normaliserDateHeure", () => {
  it("lit les horodatages sans fuseau comme heure de Paris (hiver et été)", () => {
    expect(normaliserDateHeure("2025-01-15 10:00:00")).toBe("2025-01-15T09:00:00.000Z");
    expect(normaliserDateHeure("2025-07-15 10:00:00")).toBe("2025-07-15T08:00:00.000Z");
    expect(normaliserDateHeure("15/07/2025 10:00")).toBe("2025-07-15T08:00:00.000Z");
    expect(normaliserDateHeure("2025-07-15")).toBe("2025-07-14T22:00:00.000Z");
  });

  it("respecte le fuseau explicite, avec ou sans deux-points", () => {
    expect(normaliserDateHeure("2025-01-15T00:00:00+0000")).toBe("2025-01-15T00:00:00.000Z");
    expect(normaliserDateHeure("2025-01-15T01:30:00+01:30")).toBe("2025-01-15T00:00:00.000Z");
    expect(normaliserDateHeure("2025-01-15T00:00:00.123Z")).toBe("2025-01-15T00:00:00.123Z");
  });

  it("refuse une date-heure impossible", () => {
    expect(normaliserDateHeure("2025-02-30 10:00:00")).toBeUndefined();
    expect(normaliserDateHeure("2025-01-15 25:00:00")).toBeUndefined();
  });
});

describe("normaliserBooleen et normaliserNombre", () => {
  it("convertit les oui/non des sources", () => {
    expect([true, "oui", "OUI", "true", "1", 1, "O", "Active"].map(normaliserBooleen)).toEqual(Array(8).fill(true));
    expect([false, "non", "Non", "false", "0", 0, "N", "INACTIVE"].map(normaliserBooleen)).toEqual(Array(8).fill(false));
    expect(["peut-être", 2, null].map(normaliserBooleen)).toEqual([undefined, undefined, undefined]);
  });

  it("convertit les montants écrits à la française", () => {
    expect(normaliserNombre("1 234,50 €")).toBe(1234.5);
    expect(normaliserNombre("1\u202f801,80")).toBe(1801.8);
    expect(normaliserNombre("53 %")).toBe(53);
    expect(normaliserNombre("-12.5")).toBe(-12.5);
    expect(normaliserNombre("1.234,50")).toBeUndefined();
    expect(normaliserNombre(Number.NaN)).toBeUndefined();
  });
});

describe("exemple du README", () => {
  it("donne le résultat annoncé", () => {
    const resultat = lireContrat({
      employeur: { siret: "801 234 567 00015", codeIdcc: 843, privePublic: true },
      alternant: { dateNaissance: "14/03/2007", sexe: 2, handicap: "non", departementNaissance: "069" },
      detailsContrat: { typeContratApp: 11, dateConclusion: "2024-08-26T00:00:00+0000", typeDerogation: 99 },
      champMaison: "x",
    });
    expect(resultat).toEqual({
      ok: true,
      contrat: {
        employeur: { siret: "80123456700015", codeIdcc: "0843", privePublic: "public" },
        apprenti: { dateNaissance: "2007-03-14", sexe: "F", handicap: false, departementNaissance: "69" },
        contrat: { typeContratApp: "11", dateSignature: "2024-08-26" },
        extensions: { champMaison: "x" },
      },
      avertissements: [{ chemin: "champMaison", code: "champ_hors_standard", message: expect.any(String) }],
    });
  });
});

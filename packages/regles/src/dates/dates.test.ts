import { describe, expect, it } from "vitest";
import { ageRevolu } from "./ageRevolu";
import { ajouterJours } from "./ajouterJours";
import { ajouterMois } from "./ajouterMois";
import { dureeContratMois } from "./dureeContratMois";
import { estDateIso } from "./estDateIso";
import { moisEntre } from "./moisEntre";
import { partiesDate } from "./partiesDate";

describe("estDateIso", () => {
  it("accepte les dates réelles et refuse les autres", () => {
    expect(estDateIso("2024-02-29")).toBe(true);
    expect(estDateIso("2000-02-29")).toBe(true);
    expect(estDateIso("1900-02-29")).toBe(false);
    expect(estDateIso("2023-02-29")).toBe(false);
    expect(estDateIso("2025-04-31")).toBe(false);
    expect(estDateIso("2025-13-01")).toBe(false);
    expect(estDateIso("01/09/2025")).toBe(false);
    expect(estDateIso("2025-09-01T00:00:00Z")).toBe(false);
    expect(estDateIso(20250901)).toBe(false);
    expect(estDateIso("2024-9-1")).toBe(false);
  });
});

describe("partiesDate", () => {
  it("découpe une date existante et lève une RangeError sans citer la valeur sinon", () => {
    expect(partiesDate("2024-02-29")).toEqual({ annee: 2024, mois: 2, jour: 29 });
    for (const invalide of ["2025-02-29", "2024-13-01", "2024-04-31", "01/09/2024", "2024-9-1", ""]) {
      expect(() => partiesDate(invalide)).toThrow(RangeError);
    }
    expect(() => partiesDate("1990-02-30")).toThrow(/^(?!.*1990)/);
  });
  it("fait lever les calculs de dates plutôt que rendre une date fausse", () => {
    expect(() => ajouterJours("2025-02-30", 1)).toThrow(RangeError);
    expect(() => ajouterMois("31/01/2025", 1)).toThrow(RangeError);
    expect(() => ageRevolu("2008-02-29", "2026-02-29")).toThrow(RangeError);
    expect(() => moisEntre("2025-09-01", "2026-13-01")).toThrow(RangeError);
  });
});

describe("ageRevolu", () => {
  it("gagne l'année le jour anniversaire, pas la veille", () => {
    expect(ageRevolu("1996-09-01", "2026-08-31")).toBe(29);
    expect(ageRevolu("1996-09-01", "2026-09-01")).toBe(30);
  });
  it("29 février : anniversaire au 1er mars les années non bissextiles", () => {
    expect(ageRevolu("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageRevolu("2008-02-29", "2026-03-01")).toBe(18);
    expect(ageRevolu("2008-02-29", "2028-02-29")).toBe(20);
  });
  it("plancher à 0 avant la naissance", () => {
    expect(ageRevolu("2030-01-01", "2026-01-01")).toBe(0);
  });
});

describe("ajouterMois", () => {
  it("ramène à la fin du mois", () => {
    expect(ajouterMois("2025-01-31", 1)).toBe("2025-02-28");
    expect(ajouterMois("2024-01-31", 1)).toBe("2024-02-29");
    expect(ajouterMois("2025-08-31", 3)).toBe("2025-11-30");
    expect(ajouterMois("2025-11-15", 3)).toBe("2026-02-15");
    expect(ajouterMois("2026-01-31", -3)).toBe("2025-10-31");
    expect(ajouterMois("2026-05-31", -3)).toBe("2026-02-28");
    expect(ajouterMois("2024-02-29", 12)).toBe("2025-02-28");
    expect(ajouterMois("2024-09-15", -6)).toBe("2024-03-15");
    expect(ajouterMois("2024-01-15", -1)).toBe("2023-12-15");
  });
});

describe("ajouterJours", () => {
  it("traverse mois, années et 29 février", () => {
    expect(ajouterJours("2026-08-31", 1)).toBe("2026-09-01");
    expect(ajouterJours("2024-03-01", -1)).toBe("2024-02-29");
    expect(ajouterJours("2025-12-31", 1)).toBe("2026-01-01");
    expect(ajouterJours("2000-02-28", 1)).toBe("2000-02-29");
    expect(ajouterJours("1900-02-28", 1)).toBe("1900-03-01");
    expect(ajouterJours("1970-01-01", 365 * 30 + 7)).toBe("2000-01-01");
    expect(ajouterJours("2025-01-01", -1)).toBe("2024-12-31");
    expect(ajouterJours("2024-01-01", 366)).toBe("2025-01-01");
    expect(ajouterJours("2024-06-15", 0)).toBe("2024-06-15");
  });
});

describe("moisEntre et dureeContratMois", () => {
  it("compte les mois entiers, arrondis à l'inférieur", () => {
    expect(moisEntre("2025-09-01", "2026-02-28")).toBe(5);
    expect(moisEntre("2025-09-01", "2026-03-01")).toBe(6);
    expect(moisEntre("2025-01-31", "2025-02-28")).toBe(1);
    expect(moisEntre("2025-01-31", "2025-02-27")).toBe(0);
    expect(moisEntre("2026-03-01", "2025-09-01")).toBe(-6);
  });
  it("inclut le dernier jour du contrat", () => {
    expect(dureeContratMois("2025-09-01", "2026-02-28")).toBe(6);
    expect(dureeContratMois("2025-09-01", "2026-02-27")).toBe(5);
    expect(dureeContratMois("2025-09-01", "2028-08-31")).toBe(36);
    expect(dureeContratMois("2025-09-01", "2028-09-01")).toBe(36);
    expect(dureeContratMois("2025-09-15", "2028-09-15")).toBe(36);
    expect(dureeContratMois("2025-09-15", "2028-10-14")).toBe(37);
  });
});

import { describe, expect, it } from "vitest";
import { ajouterJours } from "./ajouterJours";
import { ajouterMois } from "./ajouterMois";
import { dateParis } from "./dateParis";
import { instantParis } from "./instantParis";

describe("heure de Paris", () => {
  it("convertit un instant en date civile de Paris, été comme hiver", () => {
    expect(dateParis("2026-06-30T22:30:00Z")).toEqual({ date: "2026-07-01", heure: "00:30:00", decalageMinutes: 120 });
    expect(dateParis("2026-12-31T23:00:00Z")).toEqual({ date: "2027-01-01", heure: "00:00:00", decalageMinutes: 60 });
    expect(dateParis("pas une date")).toBeUndefined();
  });

  it("construit l'instant d'une heure civile de Paris, y compris autour des changements d'heure", () => {
    expect(instantParis("2026-01-15", "09:20")).toBe("2026-01-15T09:20:00+01:00");
    expect(instantParis("2026-07-01")).toBe("2026-07-01T00:00:00+02:00");
    // 29 mars 2026 : passage à l'heure d'été à 2 h ; minuit est encore en heure d'hiver.
    expect(instantParis("2026-03-29")).toBe("2026-03-29T00:00:00+01:00");
    expect(instantParis("2026-03-29", "09:20")).toBe("2026-03-29T09:20:00+02:00");
    expect(Date.parse(instantParis("2026-10-25", "12:00") ?? "")).toBe(Date.parse("2026-10-25T11:00:00Z"));
    expect(instantParis("2026-02-30")).toBeUndefined();
    expect(instantParis("2026-02-01", "24:00")).toBeUndefined();
  });

  it("ajoute des mois en ramenant au dernier jour du mois, et des jours", () => {
    expect(ajouterMois("2026-12-31", 2)).toBe("2027-02-28");
    expect(ajouterMois("2027-12-31", 2)).toBe("2028-02-29");
    expect(ajouterMois("2026-05-10", -6)).toBe("2025-11-10");
    expect(ajouterMois("2026-02-29", 1)).toBeUndefined();
    expect(ajouterJours("2026-03-01", -1)).toBe("2026-02-28");
    expect(ajouterJours("2026-12-31", 1)).toBe("2027-01-01");
  });
});

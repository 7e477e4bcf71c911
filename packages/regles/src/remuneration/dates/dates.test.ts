import { describe, expect, it } from "vitest";
import { ageRevolu } from "./ageRevolu";
import { ajouterAnnees } from "./ajouterAnnees";
import { ajouterJours } from "./ajouterJours";
import { ajouterMois } from "./ajouterMois";
import { dateAnniversaire } from "./dateAnniversaire";
import { decomposerDate } from "./decomposerDate";
import { moisEntiersEntre } from "./moisEntiersEntre";
import { premierJourMoisSuivant } from "./premierJourMoisSuivant";

describe("dates civiles de la rémunération", () => {
  it("refuse les dates inexistantes ou mal formées", () => {
    expect(decomposerDate("2024-02-29")).toEqual({ annee: 2024, mois: 2, jour: 29 });
    expect(decomposerDate("2025-02-29")).toBeUndefined();
    expect(decomposerDate("2024-13-01")).toBeUndefined();
    expect(decomposerDate("2024-04-31")).toBeUndefined();
    expect(decomposerDate("01/09/2024")).toBeUndefined();
    expect(decomposerDate("2024-9-1")).toBeUndefined();
  });

  it("ajoute des mois et des années en ramenant au dernier jour du mois", () => {
    expect(ajouterMois("2024-01-31", 1)).toBe("2024-02-29");
    expect(ajouterMois("2025-01-31", 1)).toBe("2025-02-28");
    expect(ajouterMois("2024-09-15", -6)).toBe("2024-03-15");
    expect(ajouterMois("2024-01-15", -1)).toBe("2023-12-15");
    expect(ajouterAnnees("2024-02-29", 1)).toBe("2025-02-28");
    expect(ajouterAnnees("2024-02-29", 4)).toBe("2028-02-29");
  });

  it("ajoute des jours à travers les mois et les années", () => {
    expect(ajouterJours("2025-03-01", -1)).toBe("2025-02-28");
    expect(ajouterJours("2024-03-01", -1)).toBe("2024-02-29");
    expect(ajouterJours("2024-12-31", 1)).toBe("2025-01-01");
    expect(ajouterJours("2025-01-01", -1)).toBe("2024-12-31");
    expect(ajouterJours("2024-01-01", 366)).toBe("2025-01-01");
    expect(ajouterJours("2024-06-15", 0)).toBe("2024-06-15");
  });

  it("donne le 1er du mois suivant, y compris en décembre", () => {
    expect(premierJourMoisSuivant("2026-01-10")).toBe("2026-02-01");
    expect(premierJourMoisSuivant("2026-01-01")).toBe("2026-02-01");
    expect(premierJourMoisSuivant("2025-12-31")).toBe("2026-01-01");
  });

  it("calcule l'âge révolu la veille et le jour de l'anniversaire", () => {
    expect(ageRevolu("2006-09-01", "2024-08-31")).toBe(17);
    expect(ageRevolu("2006-09-01", "2024-09-01")).toBe(18);
    expect(ageRevolu("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageRevolu("2008-02-29", "2026-03-01")).toBe(18);
    expect(ageRevolu("2008-02-29", "2028-02-29")).toBe(20);
    expect(dateAnniversaire("2008-02-29", 18)).toBe("2026-03-01");
    expect(dateAnniversaire("2008-02-29", 20)).toBe("2028-02-29");
  });

  it("compte les mois entiers entre deux dates", () => {
    expect(moisEntiersEntre("2025-09-01", "2026-09-01")).toBe(12);
    expect(moisEntiersEntre("2025-09-15", "2026-03-14")).toBe(5);
    expect(moisEntiersEntre("2025-09-15", "2026-03-15")).toBe(6);
    expect(moisEntiersEntre("2024-01-31", "2024-02-29")).toBe(1);
    expect(moisEntiersEntre("2024-01-31", "2024-02-28")).toBe(0);
  });
});

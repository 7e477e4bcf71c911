import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageRevolu } from "../../dates/ageRevolu";
import { ajouterJours } from "../../dates/ajouterJours";
import { joursDansLeMois } from "../../dates/estDateIso";
import { formaterDate } from "../../dates/partiesDate";
import { ajouterAnnees } from "./ajouterAnnees";
import { dateAnniversaire } from "./dateAnniversaire";
import { moisEntiersEntre } from "./moisEntiersEntre";
import { premierJourMoisSuivant } from "./premierJourMoisSuivant";

describe("dates propres à la rémunération", () => {
  it("ajoute des années en ramenant le 29 février au 28 février", () => {
    expect(ajouterAnnees("2024-09-01", 1)).toBe("2025-09-01");
    expect(ajouterAnnees("2024-02-29", 1)).toBe("2025-02-28");
    expect(ajouterAnnees("2024-02-29", 4)).toBe("2028-02-29");
  });

  it("donne le 1er du mois suivant, y compris en décembre", () => {
    expect(premierJourMoisSuivant("2026-01-10")).toBe("2026-02-01");
    expect(premierJourMoisSuivant("2026-01-01")).toBe("2026-02-01");
    expect(premierJourMoisSuivant("2025-12-31")).toBe("2026-01-01");
  });

  it("place l'anniversaire d'une personne née un 29 février au 1er mars des années non bissextiles", () => {
    expect(dateAnniversaire("2006-09-01", 18)).toBe("2024-09-01");
    expect(dateAnniversaire("2008-02-29", 18)).toBe("2026-03-01");
    expect(dateAnniversaire("2008-02-29", 20)).toBe("2028-02-29");
    // Changement de tranche au 1er du mois qui suit cet anniversaire : 1er avril, pas 1er mars.
    expect(premierJourMoisSuivant(dateAnniversaire("2008-02-29", 18))).toBe("2026-04-01");
    expect(premierJourMoisSuivant(dateAnniversaire("2008-02-29", 20))).toBe("2028-03-01");
  });

  it("l'âge révolu change exactement à la date anniversaire (29 février compris)", () => {
    const naissance = fc
      .record({ annee: fc.integer({ min: 1960, max: 2012 }), mois: fc.integer({ min: 1, max: 12 }), jour: fc.integer({ min: 1, max: 31 }) })
      .map(({ annee, mois, jour }) => formaterDate({ annee, mois, jour: Math.min(jour, joursDansLeMois(annee, mois)) }));
    fc.assert(
      fc.property(fc.oneof(naissance, fc.constantFrom("2000-02-29", "2004-02-29", "2008-02-29")), fc.integer({ min: 1, max: 70 }), (dateNaissance, age) => {
        const anniversaire = dateAnniversaire(dateNaissance, age);
        expect(ageRevolu(dateNaissance, anniversaire)).toBe(age);
        expect(ageRevolu(dateNaissance, ajouterJours(anniversaire, -1))).toBe(age - 1);
      }),
      { numRuns: 300 },
    );
  });

  it("compte les mois entiers entre deux dates", () => {
    expect(moisEntiersEntre("2025-09-01", "2026-09-01")).toBe(12);
    expect(moisEntiersEntre("2025-09-15", "2026-03-14")).toBe(5);
    expect(moisEntiersEntre("2025-09-15", "2026-03-15")).toBe(6);
    expect(moisEntiersEntre("2024-01-31", "2024-02-29")).toBe(1);
    expect(moisEntiersEntre("2024-01-31", "2024-02-28")).toBe(0);
  });
});

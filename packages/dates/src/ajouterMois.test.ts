import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ajouterMois } from "./ajouterMois";
import { dateDepuisJour } from "./dateDepuisJour";
import { jourDepuisDate } from "./jourDepuisDate";

const plus = (date: string, mois: number): string => dateDepuisJour(ajouterMois(jourDepuisDate(date), mois));

describe("ajouterMois", () => {
  it("ramène le jour à la fin du mois d'arrivée", () => {
    expect(plus("2025-01-31", 1)).toBe("2025-02-28");
    expect(plus("2024-01-31", 1)).toBe("2024-02-29");
    expect(plus("2024-11-30", 3)).toBe("2025-02-28");
    expect(plus("2025-08-31", 6)).toBe("2026-02-28");
    expect(plus("2026-12-31", 2)).toBe("2027-02-28");
  });

  it("retranche des mois, change d'année et ajoute des années par 12 × n mois", () => {
    expect(plus("2025-09-01", -3)).toBe("2025-06-01");
    expect(plus("2026-05-10", -6)).toBe("2025-11-10");
    expect(plus("2024-02-29", 12)).toBe("2025-02-28");
    expect(plus("2024-02-29", 48)).toBe("2028-02-29");
  });

  it("garde le jour du mois quand il existe, et ajouter puis retrancher revient au départ", () => {
    fc.assert(
      fc.property(fc.integer({ min: jourDepuisDate("1900-01-01"), max: jourDepuisDate("2200-12-31") }), fc.integer({ min: -600, max: 600 }), (jour, mois) => {
        const jourDuMois = Number(dateDepuisJour(jour).slice(8));
        const arrivee = ajouterMois(jour, mois);
        if (jourDuMois <= 28) {
          expect(Number(dateDepuisJour(arrivee).slice(8))).toBe(jourDuMois);
          expect(ajouterMois(arrivee, -mois)).toBe(jour);
        } else expect(Number(dateDepuisJour(arrivee).slice(8))).toBeLessThanOrEqual(jourDuMois);
      }),
    );
  });
});

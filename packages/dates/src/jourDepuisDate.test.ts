import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateDepuisJour } from "./dateDepuisJour";
import { jourDepuisDate } from "./jourDepuisDate";

describe("numéros de jour", () => {
  it("valeurs connues", () => {
    expect(jourDepuisDate("1970-01-01")).toBe(0);
    expect(jourDepuisDate("2025-03-06")).toBe(Date.UTC(2025, 2, 6) / 86_400_000);
    expect(jourDepuisDate("2024-02-29")).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
    expect(jourDepuisDate("1969-12-31")).toBe(-1);
  });
  it("rejette les dates mal formées ou inexistantes", () => {
    for (const d of ["2025-02-29", "2025-13-01", "2025-00-10", "2025-1-01", "2025/01/01", "abcd-ef-gh", "2025-04-31", ""]) {
      expect(jourDepuisDate(d)).toBeNaN();
    }
  });
  it("aller-retour et accord avec Date.UTC", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (jour) => {
        const date = dateDepuisJour(jour);
        expect(jourDepuisDate(date)).toBe(jour);
        expect(new Date(jour * 86_400_000).toISOString().slice(0, 10)).toBe(date);
      }),
    );
  });
});

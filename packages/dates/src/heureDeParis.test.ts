import { describe, expect, it } from "vitest";
import { heureDeParis } from "./heureDeParis";

describe("heureDeParis", () => {
  it("donne la date et l'heure civiles de Paris, heure d'été comprise", () => {
    expect(heureDeParis(Date.parse("2025-09-03T08:15:00Z"))).toEqual({ annee: 2025, mois: 9, jour: 3, heure: 10, minute: 15, seconde: 0, date: "2025-09-03", horaire: "10:15:00" });
    expect(heureDeParis(Date.parse("2025-01-15T23:30:00Z")).date).toBe("2025-01-16");
    expect(heureDeParis(Date.parse("2026-06-30T22:30:00Z")).date).toBe("2026-07-01");
    expect(heureDeParis(Date.parse("2026-12-31T22:59:59Z")).date).toBe("2026-12-31");
    expect(heureDeParis(Date.parse("2026-12-31T23:00:00Z")).date).toBe("2027-01-01");
  });

  it("passe les changements d'heure du dernier dimanche de mars et d'octobre", () => {
    expect(heureDeParis(Date.parse("2026-03-29T00:59:59Z")).horaire).toBe("01:59:59");
    expect(heureDeParis(Date.parse("2026-03-29T01:00:00Z")).horaire).toBe("03:00:00");
    expect(heureDeParis(Date.parse("2026-10-25T00:30:00Z")).horaire).toBe("02:30:00");
    expect(heureDeParis(Date.parse("2026-10-25T01:30:00Z")).horaire).toBe("02:30:00");
  });
});

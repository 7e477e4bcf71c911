import { describe, expect, it } from "vitest";
import { dateSignatureAffichee } from "./dateSignatureAffichee";

describe("dateSignatureAffichee", () => {
  it("heure de Paris, heure d'été et passage de minuit compris", () => {
    expect(dateSignatureAffichee(new Date("2025-09-03T08:15:00Z"))).toBe("03/09/2025 à 10:15");
    expect(dateSignatureAffichee(new Date("2025-01-15T23:30:00Z"))).toBe("16/01/2025 à 00:30");
    // Passage à l'heure d'été (30 mars 2025, 2 h → 3 h) et retour à l'heure d'hiver (26 octobre 2025).
    expect(dateSignatureAffichee(new Date("2025-03-30T01:30:00Z"))).toBe("30/03/2025 à 03:30");
    expect(dateSignatureAffichee(new Date("2025-10-25T22:05:00Z"))).toBe("26/10/2025 à 00:05");
    expect(dateSignatureAffichee(new Date("2025-10-26T01:05:00Z"))).toBe("26/10/2025 à 02:05");
  });

  it("même texte que l'ancien format Intl fr-FR de l'apparence, sur une année d'instants", () => {
    const ancien = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });
    for (let instant = Date.UTC(2025, 0, 1); instant < Date.UTC(2026, 0, 1); instant += 7 * 3_600_000 + 13 * 60_000) {
      const date = new Date(instant);
      expect(dateSignatureAffichee(date)).toBe(ancien.format(date).replace(" ", " à "));
    }
  });
});

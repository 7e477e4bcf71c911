import { describe, expect, it } from "vitest";
import { registreContrat } from "../registreContrat";


describe("gardes compilées du registre du contrat", () => {
  it("chaque règle synchrone a une garde", () => {
    const synchrones = registreContrat.regles.filter((r) => r.nature === "synchrone");
    expect(synchrones.length).toBeGreaterThanOrEqual(59);
    expect(synchrones.filter((r) => r.garde === undefined).map((r) => r.id)).toEqual([]);
  });
});

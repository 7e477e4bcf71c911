import { describe, expect, it } from "vitest";
import { reglesDuLot } from "./reglesDuLot";

describe("reglesDuLot", () => {
  it("retient le portefeuille des maîtres et les contrats successifs, pas les règles des référentiels en ligne", () => {
    expect(reglesDuLot.map((r) => r.id)).toEqual([
      "maitre.nombreApprentis.maximum",
      "contrat.successif.ecartUnAn",
      "remuneration.contratSuccessif.memeEmployeur",
      "remuneration.contratSuccessif.diplomeConnexe",
    ]);
  });
});

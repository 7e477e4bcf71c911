import { describe, expect, it } from "vitest";
import { identifiantContrat } from "./identifiantContrat";

describe("identifiantContrat", () => {
  it("numéro du dossier s'il y en a un, sinon fichier:ligne", () => {
    expect(identifiantContrat({ fichier: "contrats.jsonl", ligne: 12 })).toBe("contrats.jsonl:12");
    expect(identifiantContrat({ fichier: "extraction.json#/pages/0/contrats/0", ligne: 1 }, " 069202509000123 ")).toBe("069202509000123");
    expect(identifiantContrat({ fichier: "contrats.jsonl", ligne: 3 }, "  ")).toBe("contrats.jsonl:3");
  });
});

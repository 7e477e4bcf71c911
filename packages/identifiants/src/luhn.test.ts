import { describe, expect, it } from "vitest";
import { verifierLuhn } from "./luhn";

describe("verifierLuhn", () => {
  it("valide les suites dont la somme de Luhn est un multiple de 10", () => {
    expect(verifierLuhn("356000000")).toBe(true);
    expect(verifierLuhn("79927398713")).toBe(true);
    expect(verifierLuhn("0")).toBe(true);
  });

  it("refuse les suites fausses, vides ou non numériques", () => {
    expect(verifierLuhn("79927398710")).toBe(false);
    expect(verifierLuhn("")).toBe(false);
    expect(verifierLuhn("35600000A")).toBe(false);
    expect(verifierLuhn(" 356000000")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { ajusterMoindresCarres } from "./ajusterMoindresCarres";

describe("ajusterMoindresCarres (forme close)", () => {
  it("reproduit une régression simple calculée à la main", () => {
    // x = 0, 1, 2, 3 ; y = 1, 3, 4, 6.
    // x̄ = 1,5 ; ȳ = 3,5 ; Sxy = Σ(x − x̄)(y − ȳ) = 3,75 + 0,25 + 0,25 + 3,75 = 8 ; Sxx = 2,25 + 0,25 + 0,25 + 2,25 = 5.
    // pente = 8 / 5 = 1,6 ; constante = 3,5 − 1,6 × 1,5 = 1,1.
    // prédictions 1,1 ; 2,7 ; 4,3 ; 5,9 → résidus −0,1 ; 0,3 ; −0,3 ; 0,1 → RMSE = √(0,2 / 4) = √0,05.
    const r = ajusterMoindresCarres([[0], [1], [2], [3]], [1, 3, 4, 6]);
    expect(r.coefficients[0]).toBeCloseTo(1.6, 12);
    expect(r.constante).toBeCloseTo(1.1, 12);
    expect(r.rmse).toBeCloseTo(Math.sqrt(0.05), 12);
    expect(r.observations).toBe(4);
    expect(r.ecartees).toEqual([]);
  });

  it("retrouve exactement une relation linéaire à deux caractéristiques", () => {
    // y = 2 + 1·x₁ + 0,5·x₂ sur 5 points non alignés : l'ajustement est exact et unique.
    const x = [[0, 0], [1, 0], [0, 2], [2, 2], [3, 1]];
    const y = x.map(([a = 0, b = 0]) => 2 + a + 0.5 * b);
    const r = ajusterMoindresCarres(x, y);
    expect(r.constante).toBeCloseTo(2, 10);
    expect(r.coefficients[0]).toBeCloseTo(1, 10);
    expect(r.coefficients[1]).toBeCloseTo(0.5, 10);
    expect(r.rmse).toBeCloseTo(0, 10);
  });

  it("écarte une caractéristique colinéaire ou constante (coefficient nul) sans échouer", () => {
    // x₂ = 2·x₁ : x₂ n'apporte rien ; y = 2·x₁ → coefficients [2, 0], x₂ écartée.
    const r = ajusterMoindresCarres([[1, 2, 7], [2, 4, 7], [3, 6, 7]], [2, 4, 6]);
    expect(r.coefficients[0]).toBeCloseTo(2, 10);
    expect(r.coefficients.slice(1)).toEqual([0, 0]);
    expect(r.constante).toBeCloseTo(0, 10);
    expect(r.ecartees).toEqual([1, 2]);
    expect(ajusterMoindresCarres([], [])).toEqual({ constante: 0, coefficients: [], ecartees: [], observations: 0, rmse: 0 });
  });
});

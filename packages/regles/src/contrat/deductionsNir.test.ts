import { cleNir } from "@communs-opco/identifiants";
import { describe, expect, it } from "vitest";
import { deductionsNir } from "./deductionsNir";

describe("deductionsNir (R-NIR-FILL)", () => {
  it("sexe et date approchée, siècle selon la date d'évaluation", () => {
    expect(deductionsNir("207037511123430", "2025-08-25")).toEqual({ sexe: "F", dateNaissanceApprochee: "2007-03-01", approximative: true });
    // 2025 : pivot 11 → 10 = 2010, 11 = 1911
    const nir10 = "1100375111234";
    expect(deductionsNir(nir10 + cleNir(nir10), "2025-08-25")?.dateNaissanceApprochee).toBe("2010-03-01");
    const nir11 = "1110375111234";
    expect(deductionsNir(nir11 + cleNir(nir11), "2025-08-25")?.dateNaissanceApprochee).toBe("1911-03-01");
  });
  it("mois fictif : pas de date ; NIR invalide : undefined", () => {
    const fictif = "2073375111234";
    expect(deductionsNir(fictif + cleNir(fictif), "2025-08-25")).toEqual({ sexe: "F", approximative: true });
    expect(deductionsNir("207037511123431", "2025-08-25")).toBeUndefined();
  });
});

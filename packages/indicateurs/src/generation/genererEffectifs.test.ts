import { describe, expect, it } from "vitest";
import { preparerEffectifs } from "../indicateurs/preparerEffectifs";
import { genererEffectifs } from "./genererEffectifs";

describe("générateur d'effectifs", () => {
  it("reproductible : même graine, mêmes effectifs ; autre graine, autres effectifs", () => {
    expect(genererEffectifs({ nombre: 200, graine: 9 })).toEqual(genererEffectifs({ nombre: 200, graine: 9 }));
    expect(genererEffectifs({ nombre: 200, graine: 9 })).not.toEqual(genererEffectifs({ nombre: 200, graine: 10 }));
  });
  it("effectifs exploitables : aucune date illisible, contrats et exclusions présents", () => {
    const effectifs = genererEffectifs({ nombre: 2000, graine: 1 });
    const table = preparerEffectifs(effectifs);
    expect(table.illisibles).toEqual([]);
    expect(effectifs.some((e) => (e.contrats ?? []).some((c) => c.rupture !== undefined))).toBe(true);
    expect(effectifs.some((e) => e.exclusion !== undefined)).toBe(true);
    expect(effectifs.some((e) => (e.contrats ?? []).length === 0)).toBe(true);
  });
});

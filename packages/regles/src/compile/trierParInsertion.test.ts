import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trierParInsertion } from "./trierParInsertion";

describe("trierParInsertion", () => {
  it("même ordre que Array.prototype.sort (stable) avec le même comparateur, égalités comprises", () => {
    const croissant = (a: number, b: number) => a - b;
    const parDebut = (x: { debut: number; index: number }, y: { debut: number; index: number }) => x.debut - y.debut || x.index - y.index;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 12 }), (nombres) => {
        expect(trierParInsertion([...nombres], croissant)).toEqual([...nombres].sort(croissant));
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 12 }), (debuts) => {
        const lignes = debuts.map((debut, index) => ({ debut, index }));
        expect(trierParInsertion([...lignes], parDebut)).toEqual([...lignes].sort(parDebut));
      }),
    );
  });
});

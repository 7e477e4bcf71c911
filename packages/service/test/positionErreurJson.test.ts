import { describe, expect, it } from "vitest";
import { positionErreurJson } from "../src/positionErreurJson";

describe("positionErreurJson", () => {
  it("donne la ligne et la colonne du caractère fautif", () => {
    expect(positionErreurJson('{\n  "employeur": }')).toEqual({ ligne: 2, colonne: 16 });
    expect(positionErreurJson('{"a": [1, 2,, 3]}')).toEqual({ ligne: 1, colonne: 13 });
    expect(positionErreurJson('{"a" 1}')).toEqual({ ligne: 1, colonne: 6 });
    expect(positionErreurJson('{"a": "x\ty"}')).toEqual({ ligne: 1, colonne: 9 });
    expect(positionErreurJson('{"a": 1} x')).toEqual({ ligne: 1, colonne: 10 });
    expect(positionErreurJson('{"a": tru}')).toEqual({ ligne: 1, colonne: 7 });
  });

  it("pointe la fin du texte pour un JSON tronqué, sans récursion même très imbriqué", () => {
    expect(positionErreurJson('{"a": [1,\n2')).toEqual({ ligne: 2, colonne: 2 });
    expect(positionErreurJson("[".repeat(200_000))).toEqual({ ligne: 1, colonne: 200_001 });
  });
});

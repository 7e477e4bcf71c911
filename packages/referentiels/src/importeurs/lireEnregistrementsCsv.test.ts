import { describe, expect, it } from "vitest";
import { lireEnregistrementsCsv } from "./lireEnregistrementsCsv";

async function tout(morceaux: string[], options = {}) {
  const r = [];
  for await (const e of lireEnregistrementsCsv(morceaux, options)) r.push(e);
  return r;
}

describe("lireEnregistrementsCsv", () => {
  it("guillemets RFC 4180, champ multiligne, CRLF, BOM, blocs coupés n'importe où", async () => {
    const r = await tout(["\ufeff\"a\";\"b\r\nc\"\r", "\n\"x\"\"y\";;\"z\"\r\n"]);
    expect(r).toEqual([
      { ligne: 1, champs: ["a", "b\r\nc"] },
      { ligne: 3, champs: ['x"y', "", "z"] },
    ]);
  });

  it("sans guillemets (BCN) : un guillemet isolé reste dans le champ", async () => {
    const r = await tout(['A;B\n1;2 "x\n'], { guillemets: false });
    expect(r[1]).toEqual({ ligne: 2, champs: ["1", '2 "x'] });
  });

  it("émet les lignes vides pour qu'elles soient comptées", async () => {
    const r = await tout(["a;b\n\nc;d"]);
    expect(r.map((e) => e.champs)).toEqual([["a", "b"], [], ["c", "d"]]);
  });
});

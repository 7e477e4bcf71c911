import { describe, expect, it } from "vitest";
import { indexerParCle } from "./indexerParCle";

describe("indexerParCle", () => {
  it("regroupe les éléments par clé dans l'ordre de la liste, plusieurs clés par élément, sans clé vide ni doublon", () => {
    const organismes = [
      { siret: "1", lieux: ["A", "B", "A"] },
      { siret: null, lieux: ["B"] },
      { siret: "1", lieux: [] },
    ];
    const parSiret = indexerParCle(organismes, (o) => [o.siret]);
    expect(parSiret.get("1")).toEqual([organismes[0], organismes[2]]);
    expect([...parSiret.keys()]).toEqual(["1"]);
    const parLieu = indexerParCle(organismes, (o) => o.lieux);
    expect(parLieu.get("A")).toEqual([organismes[0]]);
    expect(parLieu.get("B")).toEqual([organismes[0], organismes[1]]);
  });
});

import { describe, expect, it } from "vitest";
import { lireObjetsJsonLignes } from "./lireObjetsJsonLignes";

describe("lireObjetsJsonLignes", () => {
  it("classe chaque ligne : objet, illisible (avec sa ligne et la raison) ou vide — les comptes s'additionnent", () => {
    const l = lireObjetsJsonLignes('{"a":1}\r\n\n[2]\n{"b":\n"texte"\n{"c":3}\n');
    expect(l.objets).toEqual([
      { ligne: 1, valeur: { a: 1 } },
      { ligne: 6, valeur: { c: 3 } },
    ]);
    expect(l.illisibles.map((i) => i.ligne)).toEqual([3, 4, 5]);
    expect(l.illisibles[0]?.motif).toBe("un objet JSON est attendu");
    expect(l.illisibles[1]?.motif).toMatch(/^JSON invalide : /);
    expect(l.vides).toBe(1);
    expect(l.objets.length + l.illisibles.length + l.vides).toBe(l.lues);
  });

  it("un texte vide ne contient aucune ligne", () => {
    expect(lireObjetsJsonLignes("")).toEqual({ objets: [], illisibles: [], vides: 0, lues: 0 });
  });
});

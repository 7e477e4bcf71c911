import { describe, expect, it } from "vitest";
import { MemoireBornee } from "./MemoireBornee";

describe("MemoireBornee", () => {
  it("calcule une fois par clé, y compris en alternant les clés et pour une valeur indéfinie", () => {
    const appels: string[] = [];
    const memoire = new MemoireBornee<string | undefined>();
    const calculer = (cle: string) => {
      appels.push(cle);
      return cle === "vide" ? undefined : cle.toUpperCase();
    };
    const lus = ["a", "a", "b", "a", "vide", "vide", "b", "a"].map((cle) => memoire.obtenir(cle, calculer));
    expect(lus).toEqual(["A", "A", "B", "A", undefined, undefined, "B", "A"]);
    expect(appels).toEqual(["a", "b", "vide"]);
  });

  it("borne atteinte : la mémoire est vidée puis reprend ; un calcul qui lève n'est pas retenu", () => {
    let appels = 0;
    const memoire = new MemoireBornee<number>(2);
    const calculer = (cle: string) => (appels++, cle.length);
    for (const cle of ["a", "bb", "ccc", "a"]) memoire.obtenir(cle, calculer);
    expect(appels).toBe(4); // « a » oublié quand « ccc » a vidé la mémoire pleine
    const echec = () => memoire.obtenir("x", () => {
      throw new Error("échec");
    });
    expect(echec).toThrow("échec");
    expect(memoire.obtenir("x", () => 7)).toBe(7);
  });

  it("borne 0 : seule la dernière clé est retenue (valeurs propres à chaque contrat), une valeur indéfinie comprise", () => {
    const appels: string[] = [];
    const memoire = new MemoireBornee<string | undefined>(0);
    const calculer = (cle: string) => {
      appels.push(cle);
      return cle === "vide" ? undefined : cle.toUpperCase();
    };
    const lus = ["a", "a", "b", "b", "a", "vide", "vide"].map((cle) => memoire.obtenir(cle, calculer));
    expect(lus).toEqual(["A", "A", "B", "B", "A", undefined, undefined]);
    expect(appels).toEqual(["a", "b", "a", "vide"]);
    expect(() => memoire.obtenir("x", () => {
      throw new Error("échec");
    })).toThrow("échec");
    expect(memoire.obtenir("x", () => "X")).toBe("X");
  });
});

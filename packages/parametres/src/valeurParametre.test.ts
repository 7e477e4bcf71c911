import { describe, expect, it } from "vitest";
import type { Parametre } from "./Parametre";
import { valeurParametre } from "./valeurParametre";

const reference = [{ titre: "Texte d'essai", url: "https://www.legifrance.gouv.fr/" }];
const p: Parametre<string> = {
  id: "essai.parametre",
  titre: "Paramètre d'essai",
  description: "Trois valeurs, dont une au 29 février.",
  unite: "texte",
  valeurs: [
    { dateEffet: "2020-01-01", valeur: "a", references: reference, verifiedOn: "2026-11-26", statut: "verifie" },
    { dateEffet: "2024-02-29", valeur: "b", references: reference, verifiedOn: "2026-11-26", statut: "a_verifier", publieAuJO: "2024-02-28" },
    { dateEffet: "2024-03-01", valeur: "c", references: reference, verifiedOn: "2026-11-26", statut: "verifie" },
  ],
};

describe("valeurParametre", () => {
  it("borne exacte : la veille donne l'ancienne valeur, le jour même la nouvelle, y compris un 29 février", () => {
    expect(valeurParametre(p, "2019-12-31")).toBeUndefined();
    expect(valeurParametre(p, "2020-01-01")?.valeur).toBe("a");
    expect(valeurParametre(p, "2024-02-28")?.valeur).toBe("a");
    expect(valeurParametre(p, "2024-02-29")?.valeur).toBe("b");
    expect(valeurParametre(p, "2024-03-01")?.valeur).toBe("c");
    expect(valeurParametre(p, "2099-12-31")?.valeur).toBe("c");
  });

  it("renvoie la valeur consultée avec id, unité, date d'effet, références, statut et verifiedOn", () => {
    expect(valeurParametre(p, "2024-02-29")).toEqual({
      id: "essai.parametre",
      valeur: "b",
      unite: "texte",
      dateEffet: "2024-02-29",
      references: reference,
      statut: "a_verifier",
      verifiedOn: "2026-11-26",
    });
  });

  it("renvoie undefined pour une date mal formée ou inexistante, sans exception", () => {
    for (const date of ["2023-02-29", "2025-02-30", "2025-13-01", "2025-00-10", "2025-04-31", "2025-01-00", "2025-1-1", " 2025-01-01", "1900-02-29"]) {
      expect(valeurParametre(p, date), date).toBeUndefined();
    }
    expect(valeurParametre(p, "2000-02-29")).toBeUndefined(); // existe (bissextile) mais avant la première valeur
    expect(valeurParametre({ ...p, valeurs: [] }, "2025-01-01")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { resoudreOpco, type SlugOpco } from "@communs-opco/nomenclatures";
import deuxI from "../../../test-support/donnees/opco-rncp/2i.csv?raw";
import afdas from "../../../test-support/donnees/opco-rncp/afdas.csv?raw";
import akto from "../../../test-support/donnees/opco-rncp/akto.csv?raw";
import atlas from "../../../test-support/donnees/opco-rncp/atlas.csv?raw";
import ep from "../../../test-support/donnees/opco-rncp/ep.csv?raw";
import mobilite from "../../../test-support/donnees/opco-rncp/mobilite.csv?raw";
import ocapiat from "../../../test-support/donnees/opco-rncp/ocapiat.csv?raw";
import uniformation from "../../../test-support/donnees/opco-rncp/uniformation.csv?raw";
import { construireLiaisonRncp } from "./construireLiaisonRncp";
import { lireListeRncpOpco } from "./lireListeRncpOpco";

// Fichiers réels du Tableau de bord (server/static/opcos/*.csv), nom de fichier → OPCO.
// [texte, lignes de données, codes distincts] (vérifiés avec sort -u).
const FICHIERS: Record<string, [string, number, number]> = {
  "2i": [deuxI, 175, 175],
  afdas: [afdas, 44, 44],
  akto: [akto, 164, 164],
  atlas: [atlas, 1992, 1992],
  ep: [ep, 1132, 1132],
  mobilite: [mobilite, 339, 232],
  ocapiat: [ocapiat, 187, 184],
  uniformation: [uniformation, 53, 48],
};

describe("listes RNCP des OPCO (fichiers réels)", () => {
  it.each(Object.entries(FICHIERS))("%s : toutes les lignes lues ou signalées", (nom, [texte, lignes, distincts]) => {
    const { codes, illisibles } = lireListeRncpOpco(texte);
    expect(texte.split("\n").filter((l) => l.trim() !== "").length - 1).toBe(lignes);
    expect(illisibles).toEqual([]);
    expect(codes.length).toBe(distincts);
    expect(codes.every((c) => /^RNCP\d{2,5}$/.test(c))).toBe(true);
    expect(resoudreOpco(nom)).toBeDefined();
  });

  it("BOM de 2i.csv ignoré ; table RNCP → OPCO multi-OPCO", () => {
    expect(deuxI.charCodeAt(0)).toBe(0xfeff);
    expect(lireListeRncpOpco(deuxI).codes[0]).toBe("RNCP36112");
    const listes: Partial<Record<SlugOpco, string[]>> = {};
    for (const [nom, [texte]] of Object.entries(FICHIERS)) listes[resoudreOpco(nom)!.slug] = lireListeRncpOpco(texte).codes;
    const table = construireLiaisonRncp(listes);
    expect(table.size).toBe(2660);
    expect([...table.values()].some((opcos) => opcos.length > 1)).toBe(true);
    expect(table.get("RNCP36112")).toContain("opco2i");
  });

  it("lignes invalides signalées avec leur numéro", () => {
    expect(lireListeRncpOpco("code_rncp\nRNCP1234\nabc\n\n12\n")).toEqual({
      codes: ["RNCP1234", "RNCP12"],
      illisibles: [{ ligne: 3, valeur: "abc", motif: "code RNCP invalide (RNCP suivi de 2 à 5 chiffres attendu)" }],
    });
  });
});

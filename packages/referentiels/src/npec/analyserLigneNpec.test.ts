import { describe, expect, it } from "vitest";
import { analyserCodesRncp } from "./analyserCodesRncp";
import { analyserLigneNpec } from "./analyserLigneNpec";
import { analyserMontantNpec } from "./analyserMontantNpec";

const colonnes = { rncp: 0, codeCpne: 4, libelleCpne: 5, montant: 6, statut: 7, date: 8 };
const position = { fichier: "npec.xlsx", ligne: 12 };

describe("analyse d'une ligne du référentiel NPEC", () => {
  it("montants : nombre, texte avec espaces et €, virgule décimale, NC/NR, illisible", () => {
    expect(analyserMontantNpec(9497)).toEqual({ montant: 9497, nonDefini: null });
    expect(analyserMontantNpec("9\u202f497 €")).toEqual({ montant: 9497, nonDefini: null });
    expect(analyserMontantNpec("9 497,50")).toEqual({ montant: 9497.5, nonDefini: null });
    expect(analyserMontantNpec("nr")).toEqual({ montant: null, nonDefini: "NR" });
    expect(analyserMontantNpec("à venir")).toEqual({ erreur: "montant NPEC illisible : « à venir »" });
    expect(analyserMontantNpec(-1)).toHaveProperty("erreur");
  });

  it("cellules RNCP multiples, avec ou sans préfixe", () => {
    expect(analyserCodesRncp("RNCP1006/RNCP37239")).toEqual({ codes: ["RNCP1006", "RNCP37239"] });
    expect(analyserCodesRncp("31946 / 36989")).toEqual({ codes: ["RNCP31946", "RNCP36989"] });
    expect(analyserCodesRncp("RNCP1006/RS12")).toEqual({ erreur: "code RNCP invalide : « RS12 »" });
  });

  it("ligne complète : une valeur par code RNCP, date Excel convertie", () => {
    const r = analyserLigneNpec(["RNCP1006/RNCP37239", "Pilote", "MEN", "BP", 2, "CNPE", "8 500 €", "A", 45488], colonnes, position);
    expect(r).toEqual({
      valeurs: ["RNCP1006", "RNCP37239"].map((rncp) => ({
        rncp, cfd: null, codeCpne: "2", libelleCpne: null, idcc: [], montant: 8500, nonDefini: null, statut: "A", dateApplicabilite: "2024-07-15", fichier: "npec.xlsx", ligne: 12,
        autresCodesLigne: [rncp === "RNCP1006" ? "RNCP37239" : "RNCP1006"],
      })),
    });
  });

  it("rejets : ni RNCP ni code formation, CPNE absente, montant ou date illisibles", () => {
    expect(analyserLigneNpec([null, "x", "", "", 2, "CNPE", 1, "A", 45488], colonnes, position)).toEqual({ champ: "RNCP", raison: "ni code RNCP ni code formation" });
    expect(analyserLigneNpec(["RNCP1", "x", "", "", null, null, 1, "A", 45488], colonnes, position)).toMatchObject({ champ: "RNCP" });
    expect(analyserLigneNpec(["RNCP100", "x", "", "", null, null, 1, "A", 45488], colonnes, position)).toEqual({ champ: "Code CPNE", raison: "CPNE absente" });
    expect(analyserLigneNpec(["RNCP100", "x", "", "", 2, "C", "?", "A", 45488], colonnes, position)).toMatchObject({ champ: "NPEC" });
    expect(analyserLigneNpec(["RNCP100", "x", "", "", 2, "C", 1, "A", "bientôt"], colonnes, position)).toMatchObject({ champ: "Date d'applicabilité" });
  });
});

import { describe, expect, it } from "vitest";
import { estEtatConventionEnVigueur } from "./estEtatConventionEnVigueur";

describe("estEtatConventionEnVigueur", () => {
  it("en vigueur, étendue ou non ; pas les états d'une convention sortie de vigueur ni un état absent", () => {
    for (const etat of ["VIGUEUR", "VIGUEUR_ETEN", "VIGUEUR_NON_ETEN"]) expect(estEtatConventionEnVigueur(etat), etat).toBe(true);
    for (const etat of ["ABROGE", "DENONCE", "MODIFIE", "PERIME", "REMPLACE", "vigueur", "", null, undefined]) expect(estEtatConventionEnVigueur(etat), String(etat)).toBe(false);
  });
});

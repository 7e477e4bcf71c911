import { describe, expect, it } from "vitest";
import { estFigeEnProfondeur } from "./estFigeEnProfondeur";
import { gelerExplication, PROFONDEUR_FIGEE } from "./gelerExplication";
import type { Explication } from "../Resultat";

/** Objet imbriqué sur `niveaux` niveaux, figé ou non. */
function imbrique(niveaux: number, figer: boolean): unknown {
  let v: unknown = { feuille: "x" };
  if (figer) Object.freeze(v);
  for (let i = 1; i < niveaux; i++) {
    v = { v };
    if (figer) Object.freeze(v);
  }
  return v;
}

describe("estFigeEnProfondeur", () => {
  it("valeurs simples vraies ; objet non figé, ou contenant un objet non figé : faux", () => {
    expect(estFigeEnProfondeur("texte")).toBe(true);
    expect(estFigeEnProfondeur(null)).toBe(true);
    expect(estFigeEnProfondeur({})).toBe(false);
    expect(estFigeEnProfondeur(Object.freeze({ a: Object.freeze([1, 2]) }))).toBe(true);
    expect(estFigeEnProfondeur(Object.freeze({ a: [1, 2] }))).toBe(false);
  });

  it("vrai jusqu'à la profondeur que fige le moteur, faux au-delà", () => {
    expect(estFigeEnProfondeur(imbrique(PROFONDEUR_FIGEE, true))).toBe(true);
    expect(estFigeEnProfondeur(imbrique(PROFONDEUR_FIGEE + 1, true))).toBe(false);
  });

  it("les constats d'une explication figée par gelerExplication le sont en profondeur", () => {
    const constat = { regle: "prepaiement.siret.actif", statut: "indetermine", details: { sources: [{ nom: "API Entreprise" }] } };
    const explication = { regle: "prepaiement.siret.actif", statut: "indetermine", constats: [constat], parametres: [] } as unknown as Explication;
    expect(estFigeEnProfondeur(constat)).toBe(false);
    gelerExplication(explication);
    expect(estFigeEnProfondeur(constat)).toBe(true);
  });
});

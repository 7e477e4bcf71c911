import { contratExemple } from "@communs-opco/schemas";
import { describe, expect, it } from "vitest";
import { brouillonVide } from "./Brouillon";
import { brouillonDepuisContrat } from "./brouillonDepuisContrat";
import { completudeBrouillon } from "./completudeBrouillon";
import { saisir } from "./saisir";

describe("completudeBrouillon", () => {
  it("le contrat d'exemple de @communs-opco/schemas est complet à 100 % dans chaque bloc", () => {
    const c = completudeBrouillon(brouillonDepuisContrat(contratExemple, "saisie", "2024-08-26"));
    expect(c.blocs.map((b) => [b.bloc, b.pourcentage])).toEqual([
      ["employeur", 100],
      ["apprenti", 100],
      ["maitre", 100],
      ["contrat", 100],
      ["formation", 100],
      ["signatures", 100],
    ]);
    expect(c.complet).toBe(true);
    expect(c.blocs.find((b) => b.bloc === "formation")?.provenances).toEqual({ saisie: expect.any(Number) as number, profil: 0, referentiel: 0, deduction: 0 });
  });

  it("retirer des champs fait baisser le bloc concerné, présences conditionnelles comprises (table du moteur de règles)", () => {
    const complet = brouillonDepuisContrat(contratExemple, "saisie", "2024-08-26");
    const { brouillon } = saisir(complet, { "employeur.naf": null, "apprenti.responsableLegal.nom": null }, "2026-11-26");
    const c = completudeBrouillon(brouillon);
    const employeur = c.blocs.find((b) => b.bloc === "employeur");
    const apprenti = c.blocs.find((b) => b.bloc === "apprenti");
    expect(employeur?.chemins).toEqual(["employeur.naf"]);
    expect(employeur?.pourcentage).toBe(Math.floor((1 - 1 / (employeur?.champs ?? 1)) * 100));
    expect(apprenti?.chemins).toEqual(["apprenti.responsableLegal.nom"]);
    expect(c.complet).toBe(false);
    // apprentie majeure : le représentant légal n'est plus exigé
    const majeure = saisir(brouillon, { "apprenti.apprentiMineur": false, "apprenti.apprentiMineurNonEmancipe": null }, "2026-11-26").brouillon;
    const champsMajeure = completudeBrouillon(majeure).blocs.find((b) => b.bloc === "apprenti");
    expect(champsMajeure?.invalides).toBe(0);
    expect(champsMajeure?.champs).toBeLessThan(apprenti?.champs ?? 0);
  });

  it("un brouillon vide est à 0 % dans chaque bloc exigeant des champs", () => {
    const c = completudeBrouillon(brouillonVide);
    expect(c.blocs.every((b) => b.pourcentage === 0 && b.invalides === b.champs)).toBe(true);
  });
});

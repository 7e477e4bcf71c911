import { creerVueContrat, type VueContrat } from "@communs-opco/regles";
import { smicHoraireMetropole } from "@communs-opco/parametres";
import { describe, expect, it } from "vitest";
import { vueContratParesseuse } from "./vueContratParesseuse";

const CHAMPS: readonly (keyof VueContrat)[] = [
  "contrat", "evaluation", "debutContrat", "debutContratIso", "finContrat", "signature", "signatureIso", "effetAvenant", "debutFormationPratique",
  "naissanceApprenti", "naissanceMaitre1", "naissanceMaitre2", "maitre2Renseigne", "debutFormation", "finFormation", "typeContrat", "conclusion",
  "conclusionJour", "remuneration",
];

describe("vueContratParesseuse", () => {
  it("rend, champ par champ, ce que rend creerVueContrat (dates valides, absentes, inexistantes)", () => {
    const contrats: object[] = [
      {},
      { contrat: { dateSignature: "2025-08-20", dateDebutContrat: "2025-09-01", dateFinContrat: "2027-08-31", typeContratApp: "11" }, apprenti: { dateNaissance: "2006-02-28" }, maitre2: { nom: "Durand" } },
      { contrat: { dateSignature: "2025-02-30", dateDebutContrat: 42 }, formation: { dateDebutFormation: "2025-09-01", dateFinFormation: "x" }, maitre1: { dateNaissance: null } },
    ];
    for (const contrat of contrats) {
      for (const evaluation of [Number.NaN, 20_395]) {
        const attendue = creerVueContrat(contrat, evaluation);
        const vue = vueContratParesseuse(contrat, evaluation);
        for (const champ of CHAMPS) expect(vue[champ], champ).toEqual(attendue[champ]);
        expect(vue.parametre(smicHoraireMetropole, "2025-01-01")).toEqual(attendue.parametre(smicHoraireMetropole, "2025-01-01"));
        expect(vue.parametreAuJour(smicHoraireMetropole, 20_089)).toEqual(attendue.parametreAuJour(smicHoraireMetropole, 20_089));
        vue.remuneration = null;
        expect(vue.remuneration).toBeNull();
      }
    }
  });
});

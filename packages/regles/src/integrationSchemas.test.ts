import { contratExemple, lireContrat } from "@communs-opco/schemas";
import { describe, expect, it } from "vitest";
import { evaluerRegles } from "./evaluerRegles";
import { registreContrat } from "./registreContrat";

describe("enregistrement standard de @communs-opco/schemas", () => {
  it("le contrat d'exemple du paquet schemas passe tous les contrôles synchrones", () => {
    const r = evaluerRegles(registreContrat, contratExemple, { dateEvaluation: "2025-08-25", mode: "explication" });
    // Seule information attendue : l'apprentie de l'exemple est mineure et affectée à des travaux réglementés (R4153-40).
    expect(r.constats.map((c) => [c.regle, c.severite])).toEqual([["apprenti.mineur.travauxReglementes", "information"]]);
    expect(r.explications?.every((e) => e.statut === "conforme" || e.statut === "non_applicable" || e.regle === "apprenti.mineur.travauxReglementes")).toBe(true);
  });

  it("une saisie de l'application de référence (oui/non, JJ/MM/AAAA) lue par lireContrat puis contrôlée", () => {
    const saisie = JSON.parse(JSON.stringify(contratExemple)) as Record<string, any>;
    saisie.apprenti.dateNaissance = "01/09/1995";
    saisie.apprenti.handicap = "non";
    saisie.apprenti.nir = undefined;
    saisie.contrat.dateFinContrat = "31/01/2026";
    saisie.contrat.dateDebutContrat = "01/09/2025";
    const lu = lireContrat(saisie);
    expect(lu.ok).toBe(true);
    if (!lu.ok) return;
    const r = evaluerRegles(registreContrat, lu.contrat, { dateEvaluation: "2025-08-25" });
    const regles = new Set(r.constats.filter((c) => c.statut === "non_conforme").map((c) => c.regle));
    expect(regles.has("apprenti.age.maximum")).toBe(true);
    expect(regles.has("contrat.duree.minimum")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { ageMaximumApprenti } from "./ageMaximumApprenti";
import { ageMinimumApprenti } from "./ageMinimumApprenti";
import { dureeMaximaleContrat } from "./dureeMaximaleContrat";
import { dureeMaximaleContratRqth } from "./dureeMaximaleContratRqth";
import { dureeMinimaleContrat } from "./dureeMinimaleContrat";
import { dureeTravailApprentiMineur } from "./dureeTravailApprentiMineur";
import { dureeTravailHebdomadaireLegale } from "./dureeTravailHebdomadaireLegale";
import { exceptionsAgeMaximumApprenti } from "./exceptionsAgeMaximumApprenti";
import { fenetreDebutFormation } from "./fenetreDebutFormation";
import { partMinimaleFormation } from "./partMinimaleFormation";
import { valeurParametre } from "./valeurParametre";

const DATE = "2026-09-01";

describe("paramètres du contrat (contrat.md §3)", () => {
  it("âges : 16 ans révolus (15 après le collège), 29 ans révolus, 35 ans révolus par exception", () => {
    expect(valeurParametre(ageMinimumApprenti, DATE)?.valeur).toEqual({ anneesRevolues: 16, anneesRevoluesFinDeCollege: 15 });
    const max = valeurParametre(ageMaximumApprenti, DATE)!.valeur.anneesRevolues;
    // « 29 ans révolus » : un apprenti de 29 ans en années entières est dans la limite, 30 ans ne l'est pas.
    expect(29 <= max).toBe(true);
    expect(30 <= max).toBe(false);
    const exceptions = valeurParametre(exceptionsAgeMaximumApprenti, DATE)!.valeur;
    expect(exceptions.anneesRevoluesDerogatoires).toBe(35);
    expect(exceptions.sansLimite).toEqual(["rqth", "projet_creation_reprise_entreprise", "sportif_haut_niveau"]);
    expect(exceptions.delaiMaximumEntreContratsMois).toBe(12);
  });

  it("durées : 6 mois à 36 mois, 48 mois pour un apprenti RQTH (à vérifier)", () => {
    expect(valeurParametre(dureeMinimaleContrat, DATE)?.valeur).toBe(6);
    expect(valeurParametre(dureeMaximaleContrat, DATE)?.valeur).toBe(36);
    const rqth = valeurParametre(dureeMaximaleContratRqth, DATE)!;
    expect(rqth.valeur).toBe(48);
    expect(rqth.statut).toBe("a_verifier");
    expect(valeurParametre(dureeMaximaleContrat, "2018-12-31")).toBeUndefined();
  });

  it("formation : fenêtre de 3 mois (L6222-12), 25 % de 1 607 h par an", () => {
    const fenetre = valeurParametre(fenetreDebutFormation, DATE)!;
    expect(fenetre.valeur).toBe(3);
    expect(fenetre.unite).toBe("mois");
    expect(fenetre.references[0]?.titre).toContain("L6222-12");
    const part = valeurParametre(partMinimaleFormation, DATE)!.valeur;
    expect((part.pourcentage / 100) * part.heuresAnnuellesReference * (24 / 12)).toBe(803.5);
  });

  it("temps de travail : 35 h légales, mineur 35 h par semaine et 8 h par jour", () => {
    expect(valeurParametre(dureeTravailHebdomadaireLegale, DATE)?.valeur).toBe(35);
    expect(valeurParametre(dureeTravailApprentiMineur, DATE)?.valeur).toEqual({ heuresParSemaine: 35, heuresParJour: 8 });
  });
});

import { describe, expect, it } from "vitest";
import { evaluerUneRegle } from "../test/evaluerUneRegle";
import { regleDateEffetAvenant, regleFinContratPassee, regleOrdreDatesContrat, regleSignatureAvantDebut, regleSignatureFuture } from "./datesContrat";
import { regleDureeMaximaleContrat, regleDureeMinimaleContrat } from "./dureeContrat";
import {
  regleDatesFormation,
  regleDebutFormationPratique,
  regleDebutFormationTheorique,
  regleDureeFormationHeures,
  regleDureeFormationMois,
  regleFinContratApresFormation,
  reglePartMinimaleFormation,
} from "./formationCalendrier";

describe("dates du contrat", () => {
  it("R-D1 début avant fin", () => {
    expect(evaluerUneRegle(regleOrdreDatesContrat).statut).toBe("conforme");
    expect(evaluerUneRegle(regleOrdreDatesContrat, (c) => (c.contrat.dateFinContrat = "2025-08-31")).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleOrdreDatesContrat, (c) => (c.contrat.dateFinContrat = "31/08/2027")).constats[0]).toMatchObject({ statut: "indetermine", manquants: ["contrat.dateFinContrat"] });
  });
  it("R-D5 conclusion avant début", () => {
    expect(evaluerUneRegle(regleSignatureAvantDebut).statut).toBe("conforme");
    expect(evaluerUneRegle(regleSignatureAvantDebut, (c) => (c.contrat.dateSignature = "2025-09-02")).statut).toBe("non_conforme");
  });
  it("R-D4 et R-D4-SIGN : saisie uniquement", () => {
    expect(evaluerUneRegle(regleFinContratPassee).statut).toBe("conforme");
    expect(evaluerUneRegle(regleFinContratPassee, () => {}, { dateEvaluation: "2027-09-01" }).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleFinContratPassee, () => {}, { dateEvaluation: "2027-09-01", cadre: "revalidation" }).statut).toBe("non_applicable");
    expect(evaluerUneRegle(regleSignatureFuture).statut).toBe("conforme");
    expect(evaluerUneRegle(regleSignatureFuture, () => {}, { dateEvaluation: "2025-08-19" }).statut).toBe("non_conforme");
    // date d'évaluation mal formée : indéterminé, jamais conforme
    expect(evaluerUneRegle(regleSignatureFuture, () => {}, { dateEvaluation: "19/08/2025" }).constats[0]).toMatchObject({ statut: "indetermine", manquants: ["contexte.dateEvaluation"] });
    expect(evaluerUneRegle(regleFinContratPassee, () => {}, { dateEvaluation: "" }).statut).toBe("indetermine");
  });
  it("R-D6/R-D7 date d'effet de l'avenant", () => {
    expect(evaluerUneRegle(regleDateEffetAvenant).statut).toBe("non_applicable");
    const avenant = (effet: string) => (c: any) => {
      c.contrat.typeContratApp = "36";
      c.contrat.dateEffetAvenant = effet;
    };
    expect(evaluerUneRegle(regleDateEffetAvenant, avenant("2026-03-01")).statut).toBe("conforme");
    expect(evaluerUneRegle(regleDateEffetAvenant, avenant("2025-08-01")).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleDateEffetAvenant, avenant("2027-09-01")).statut).toBe("non_conforme");
  });
});

describe("durée du contrat", () => {
  it("R-D2 minimum 6 mois, dernier jour inclus", () => {
    expect(evaluerUneRegle(regleDureeMinimaleContrat).statut).toBe("conforme");
    expect(evaluerUneRegle(regleDureeMinimaleContrat, (c) => (c.contrat.dateFinContrat = "2026-02-28")).statut).toBe("conforme");
    const ko = evaluerUneRegle(regleDureeMinimaleContrat, (c) => (c.contrat.dateFinContrat = "2026-02-27"));
    expect(ko.statut).toBe("non_conforme");
    expect(ko.constats[0]?.details).toEqual({ dureeMois: 5, minimumMois: 6 });
    expect(ko.constats[0]?.parametres[0]).toMatchObject({ id: "apprentissage.contrat.duree.minimale", valeur: 6 });
  });
  it("paramètre lu à la date de conclusion : avant la 1re date d'effet encodée, indéterminé", () => {
    const ancien = evaluerUneRegle(regleDureeMinimaleContrat, (c) => {
      c.contrat.dateSignature = "2018-06-01";
      c.contrat.dateDebutContrat = "2018-09-01";
      c.contrat.dateFinContrat = "2019-01-31";
    });
    expect(ancien.constats[0]).toMatchObject({ statut: "indetermine", message: "Durée minimale légale inconnue à la date de conclusion du contrat." });
  });
  it("R-D3 maximum 3 ans et allongements", () => {
    expect(evaluerUneRegle(regleDureeMaximaleContrat, (c) => (c.contrat.dateFinContrat = "2028-08-31")).statut).toBe("conforme");
    const long = (c: any) => (c.contrat.dateFinContrat = "2029-08-31");
    expect(evaluerUneRegle(regleDureeMaximaleContrat, long).constats[0]).toMatchObject({ severite: "bloquant", details: { dureeMois: 48, maximumMois: 36 } });
    expect(evaluerUneRegle(regleDureeMaximaleContrat, (c) => { long(c); c.apprenti.handicap = true; }).statut).toBe("conforme");
    expect(evaluerUneRegle(regleDureeMaximaleContrat, (c) => { c.contrat.dateFinContrat = "2029-09-30"; c.apprenti.handicap = true; }).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleDureeMaximaleContrat, (c) => { long(c); c.contrat.typeDerogation = "22"; }).constats[0]?.severite).toBe("avertissement");
    expect(evaluerUneRegle(regleDureeMaximaleContrat, (c) => { long(c); c.contrat.typeContratApp = "33"; }).statut).toBe("conforme");
  });
});

describe("calendrier de la formation", () => {
  it("R-D8 à R-D11 formation pratique", () => {
    expect(evaluerUneRegle(regleDebutFormationPratique).statut).toBe("conforme");
    expect(evaluerUneRegle(regleDebutFormationPratique, (c) => (c.contrat.dateDebutFormationPratique = "2025-12-01")).statut).toBe("conforme");
    const tard = evaluerUneRegle(regleDebutFormationPratique, (c) => (c.contrat.dateDebutFormationPratique = "2025-12-02"));
    expect(tard.constats[0]?.message).toMatch(/3 mois après/);
    expect(evaluerUneRegle(regleDebutFormationPratique, (c) => (c.contrat.dateDebutFormationPratique = "2025-08-31")).constats).toHaveLength(1);
  });
  it("R-D12 à R-D14 formation théorique", () => {
    expect(evaluerUneRegle(regleDebutFormationTheorique).statut).toBe("conforme");
    expect(evaluerUneRegle(regleDebutFormationTheorique, (c) => (c.formation.dateDebutFormation = "2025-12-01")).statut).toBe("conforme");
    expect(evaluerUneRegle(regleDebutFormationTheorique, (c) => (c.formation.dateDebutFormation = "2025-12-02")).statut).toBe("non_conforme");
    const avantSignature = evaluerUneRegle(regleDebutFormationTheorique, (c) => (c.formation.dateDebutFormation = "2025-08-19"));
    expect(avantSignature.constats.map((x) => x.chemins[1])).toEqual(["contrat.dateSignature"]);
  });
  it("R-D15 et R-D17 dates de formation", () => {
    expect(evaluerUneRegle(regleDatesFormation).statut).toBe("conforme");
    expect(evaluerUneRegle(regleDatesFormation, (c) => (c.formation.dateFinFormation = "2027-09-01")).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleDatesFormation, (c) => (c.formation.dateFinFormation = "2025-09-07")).constats.length).toBe(1);
  });
  it("R-D16 durée de formation en mois", () => {
    expect(evaluerUneRegle(regleDureeFormationMois).statut).toBe("conforme");
    expect(evaluerUneRegle(regleDureeFormationMois, (c) => (c.formation.dateFinFormation = "2026-02-06")).statut).toBe("non_conforme");
  });
  it("R-D18 fin du contrat au plus 3 mois après la formation", () => {
    expect(evaluerUneRegle(regleFinContratApresFormation).statut).toBe("conforme");
    expect(evaluerUneRegle(regleFinContratApresFormation, (c) => (c.formation.dateFinFormation = "2027-05-30")).statut).toBe("non_conforme");
  });
  it("R-D19 et R-DUREE-25 durée en heures", () => {
    expect(evaluerUneRegle(regleDureeFormationHeures).statut).toBe("conforme");
    expect(evaluerUneRegle(regleDureeFormationHeures, (c) => (c.formation.dureeFormation = 10000)).statut).toBe("non_conforme");
    expect(evaluerUneRegle(reglePartMinimaleFormation).statut).toBe("conforme");
    const faible = evaluerUneRegle(reglePartMinimaleFormation, (c) => (c.formation.dureeFormation = 803));
    expect(faible.constats[0]).toMatchObject({ severite: "avertissement", details: { minimumHeures: 804 } });
  });
});

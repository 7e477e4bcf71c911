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
    expect(ko.constats[0]?.details).toEqual({ dureeMois: 5, minimumMois: 6, finAuPlusTot: "2026-02-28" });
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
    expect(evaluerUneRegle(regleDureeMaximaleContrat, (c) => { long(c); c.contrat.typeContratApp = "33"; }).statut).toBe("conforme");
  });

  it("R-D3 au jour près : 3 ans − 1 jour, 3 ans, 3 ans + 1 jour (début le 2025-09-01)", () => {
    const fin = (date: string, autre?: (c: any) => void) => (c: any) => {
      c.contrat.dateFinContrat = date;
      autre?.(c);
    };
    expect(evaluerUneRegle(regleDureeMaximaleContrat, fin("2028-08-30")).statut).toBe("conforme");
    expect(evaluerUneRegle(regleDureeMaximaleContrat, fin("2028-08-31")).statut).toBe("conforme"); // dernier jour licite
    const unJourDeTrop = evaluerUneRegle(regleDureeMaximaleContrat, fin("2028-09-01"));
    expect(unJourDeTrop.constats[0]).toMatchObject({ statut: "non_conforme", severite: "bloquant", details: { dureeMois: 36, maximumMois: 36, finMaximale: "2028-08-31" } });
    // fin de mois : début le 31 janvier 2024, fin au plus tard le 30 janvier 2027
    const finDeMois = (date: string) => (c: any) => {
      c.contrat.dateDebutContrat = "2024-01-31";
      c.contrat.dateSignature = "2024-01-15";
      c.contrat.dateFinContrat = date;
    };
    expect(evaluerUneRegle(regleDureeMaximaleContrat, finDeMois("2027-01-30")).statut).toBe("conforme");
    expect(evaluerUneRegle(regleDureeMaximaleContrat, finDeMois("2027-01-31")).statut).toBe("non_conforme");
  });

  it("R-D3 convention d'aménagement (22, 50) : jamais au-delà de 3 ans, erreur", () => {
    for (const derogation of ["22", "50"]) {
      const r = evaluerUneRegle(regleDureeMaximaleContrat, (c) => { c.contrat.dateFinContrat = "2028-09-01"; c.contrat.typeDerogation = derogation; });
      expect(r.constats[0]).toMatchObject({ statut: "non_conforme", severite: "bloquant", details: { derogation } });
      expect(r.constats[0]?.message).toContain("convention d'aménagement");
      expect(evaluerUneRegle(regleDureeMaximaleContrat, (c) => { c.contrat.dateFinContrat = "2028-08-31"; c.contrat.typeDerogation = derogation; }).statut).toBe("conforme");
    }
  });

  it("R-D3 RQTH et sportif de haut niveau : 4 ans au jour près, avec leurs références", () => {
    for (const cocher of [(c: any) => (c.apprenti.handicap = true), (c: any) => (c.apprenti.inscriptionSportifDeHautNiveau = true)]) {
      // entre 3 et 4 ans : conforme
      expect(evaluerUneRegle(regleDureeMaximaleContrat, (c) => { cocher(c); c.contrat.dateFinContrat = "2029-03-31"; }).statut).toBe("conforme");
      expect(evaluerUneRegle(regleDureeMaximaleContrat, (c) => { cocher(c); c.contrat.dateFinContrat = "2029-08-31"; }).statut).toBe("conforme");
      const trop = evaluerUneRegle(regleDureeMaximaleContrat, (c) => { cocher(c); c.contrat.dateFinContrat = "2029-09-01"; });
      expect(trop.constats[0]).toMatchObject({ severite: "bloquant", details: { maximumMois: 48, finMaximale: "2029-08-31" } });
    }
    const refs = evaluerUneRegle(regleDureeMaximaleContrat, (c) => (c.contrat.dateFinContrat = "2028-09-01")).constats[0]!.references.map((r) => r.titre);
    expect(refs).toContain("Code du travail, article R6222-46 à R6222-48 (apprenti handicapé ; à vérifier)");
    expect(refs).toContain("Code du travail, article R6222-60 (sportif de haut niveau ; à vérifier)");
    const sportif = evaluerUneRegle(regleDureeMaximaleContrat, (c) => { c.apprenti.inscriptionSportifDeHautNiveau = true; c.contrat.dateFinContrat = "2029-09-01"; });
    expect(sportif.constats[0]?.parametres.map((p) => p.id)).toContain("apprentissage.contrat.duree.maximale_sportif_haut_niveau");
  });

  it("R-D2 au jour près : 6 mois − 1 jour, 6 mois", () => {
    expect(evaluerUneRegle(regleDureeMinimaleContrat, (c) => (c.contrat.dateFinContrat = "2026-02-28")).statut).toBe("conforme"); // premier jour licite
    expect(evaluerUneRegle(regleDureeMinimaleContrat, (c) => (c.contrat.dateFinContrat = "2026-02-27")).constats[0]).toMatchObject({ details: { finAuPlusTot: "2026-02-28" } });
  });

  it("fin avant début : les deux règles de durée sont indéterminées, jamais conformes", () => {
    for (const regle of [regleDureeMinimaleContrat, regleDureeMaximaleContrat]) {
      const r = evaluerUneRegle(regle, (c) => (c.contrat.dateFinContrat = "2025-08-31"));
      expect(r.statut).toBe("indetermine");
      expect(r.constats[0]?.message).toContain("précède sa date de début");
    }
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
  it("R-D12 à R-D14 formation théorique : au plus 3 mois après le début (L6222-12), jamais bloquée avant (L6222-12-1)", () => {
    const debutFormation = (date: string) => (c: any) => (c.formation.dateDebutFormation = date);
    expect(evaluerUneRegle(regleDebutFormationTheorique).statut).toBe("conforme");
    // borne haute : début du contrat le 2025-09-01, dernier jour licite le 2025-12-01
    expect(evaluerUneRegle(regleDebutFormationTheorique, debutFormation("2025-12-01")).statut).toBe("conforme");
    const tard = evaluerUneRegle(regleDebutFormationTheorique, debutFormation("2025-12-02"));
    expect(tard.constats[0]).toMatchObject({ statut: "non_conforme", severite: "bloquant", details: { auPlusTard: "2025-12-01" } });
    // avant la conclusion (2025-08-20) et avant le début : licite, conforme
    expect(evaluerUneRegle(regleDebutFormationTheorique, debutFormation("2025-08-19")).statut).toBe("conforme");
    // 3 mois avant le début, jour pour jour : dans la fenêtre de L6222-12-1
    expect(evaluerUneRegle(regleDebutFormationTheorique, debutFormation("2025-06-01")).statut).toBe("conforme");
    // un jour de plus : avertissement, jamais bloquant
    const tot = evaluerUneRegle(regleDebutFormationTheorique, debutFormation("2025-05-31"));
    expect(tot.constats[0]).toMatchObject({ statut: "non_conforme", severite: "avertissement", details: { fenetreAvant: "2025-06-01" } });
    // très en avance (un an) : toujours un avertissement seulement
    expect(evaluerUneRegle(regleDebutFormationTheorique, debutFormation("2024-09-01")).constats[0]?.severite).toBe("avertissement");
    expect(tot.constats[0]?.references.map((r) => r.titre)).toEqual(expect.arrayContaining(["Code du travail, article L6222-12", "Code du travail, article L6222-12-1"]));
    expect(tot.constats[0]?.parametres[0]?.references.map((r) => r.titre)).toEqual([
      "Code du travail, article L6222-12 (borne haute)",
      "Code du travail, article L6222-12-1 (formation commencée avant le contrat)",
    ]);
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

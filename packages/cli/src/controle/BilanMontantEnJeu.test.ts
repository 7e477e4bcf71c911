import { describe, expect, it } from "vitest";
import { BilanMontantEnJeu } from "./BilanMontantEnJeu";

describe("BilanMontantEnJeu", () => {
  it("additionne les montants valorisés, compte à part les non valorisés par motif, ignore les contrats sans écart bloquant", () => {
    const bilan = new BilanMontantEnJeu();
    bilan.ajouter({ statut: "sans_constat_bloquant" });
    bilan.ajouter({ statut: "valorise", montantEnJeuCentimes: 1_899_400, constats: [] });
    bilan.ajouter({ statut: "valorise", montantEnJeuCentimes: 950_050, constats: [] });
    bilan.ajouter({ statut: "non_valorise", regles: ["prepaiement.qualiopi"], raisons: ["NPEC introuvable pour RNCP37938 et l'IDCC 0016 au 2025-09-02 : aucun NPEC pour RNCP37938 dans le référentiel"] });
    bilan.ajouter({ statut: "non_valorise", regles: ["prepaiement.cfa.connu"], raisons: ["NPEC non vérifiable pour RNCP854 et l'IDCC 1090 au 2025-07-06 : source indisponible"] });
    bilan.ajouter({ statut: "non_valorise", regles: ["prepaiement.cfa.connu"], raisons: ["NPEC introuvable pour RNCP854 et l'IDCC 0292 au 2025-06-10 : aucun NPEC"] });
    bilan.ajouter({ statut: "non_valorise", regles: ["prepaiement.cfa.connu"], raisons: ["date absente ou invalide dans le contrat : contrat.dateSignature"] });
    bilan.ajouter({ statut: "non_valorise", regles: ["prepaiement.cfa.connu"], raisons: [] });
    expect(bilan.resume()).toEqual({
      contratsSuspendus: 7,
      contratsValorises: 2,
      montantEnJeuCentimes: 2_849_450,
      contratsNonValorises: 5,
      motifsNonValorises: [
        { motif: "NPEC introuvable", contrats: 2 },
        { motif: "NPEC non vérifiable", contrats: 1 },
        { motif: "date absente ou invalide dans le contrat", contrats: 1 },
        { motif: "financement indéterminé", contrats: 1 },
      ],
    });
  });

  it("aucun contrat suspendu valorisé : montant null avec sa raison, jamais 0", () => {
    const bilan = new BilanMontantEnJeu();
    bilan.ajouter({ statut: "non_valorise", regles: ["prepaiement.qualiopi"], raisons: ["NPEC introuvable pour RNCP1002 et l'IDCC 0478 au 2024-08-20 : absent"] });
    expect(bilan.resume()).toMatchObject({ contratsSuspendus: 1, contratsValorises: 0, montantEnJeuCentimes: null, raison: "aucun contrat suspendu n'a pu être valorisé (NPEC introuvable : 1)" });
    expect(new BilanMontantEnJeu().resume()).toMatchObject({ contratsSuspendus: 0, montantEnJeuCentimes: 0 });
  });
});

import { ajouterMois, dateDepuisJour, jourDepuisDate } from "@communs-opco/dates";
import type { Parametre } from "@communs-opco/parametres";
import { describe, expect, it } from "vitest";
import { contratsApresContact } from "./contratsApresContact";
import { delaisInstruction, type DossierOpco } from "./delaisInstruction";
import { indusEvites } from "./indusEvites";
import { medianeEtP90 } from "./quantile";

// Délai de décision de l'OPCO, tel que la règle le lit (valeur fournie par l'appelant : ici pour le test).
const delaiLegal: Parametre<number> = {
  id: "test.delaiDecisionOpco",
  titre: "Délai de décision de prise en charge (test)",
  description: "Valeur de test du délai de 20 jours à compter du dossier complet.",
  unite: "jours",
  valeurs: [
    { dateEffet: "2020-01-01", valeur: 20, references: [{ titre: "Code du travail, article D6224-2" }], verifiedOn: "2026-11-26", statut: "a_verifier" },
  ],
};

describe("quantiles et mois", () => {
  it("médiane (paire, impaire) et 90e centile au rang le plus proche", () => {
    expect(medianeEtP90([3, 1, 2, 10])).toEqual({ mediane: 2.5, p90: 10, n: 4 });
    expect(medianeEtP90([5, 1, 9])).toEqual({ mediane: 5, p90: 9, n: 3 });
    expect(medianeEtP90(Array.from({ length: 10 }, (_, i) => i + 1)).p90).toBe(9);
    expect(medianeEtP90([])).toEqual({ mediane: null, p90: null, n: 0 });
  });
  it("ajout de mois ramené à la fin du mois", () => {
    expect(dateDepuisJour(ajouterMois(jourDepuisDate("2025-08-31"), 6))).toBe("2026-02-28");
    expect(dateDepuisJour(ajouterMois(jourDepuisDate("2023-08-31"), 6))).toBe("2024-02-29");
    expect(dateDepuisJour(ajouterMois(jourDepuisDate("2025-09-15"), 6))).toBe("2026-03-15");
  });
});

describe("I-OPCO-DELAI : délais d'instruction", () => {
  const d = (id: string, opco: string, type: string, ev: [DossierOpco["evenements"][number]["etat"], string][]): DossierOpco => ({
    id, opco, typeContrat: type, evenements: ev.map(([etat, date]) => ({ etat, date })),
  });
  const dossiers = [
    d("A", "akto", "11", [["TRANSMIS", "2025-09-01"], ["ENGAGE", "2025-09-11"], ["DEPOSE", "2025-09-13"]]),
    d("B", "akto", "11", [["TRANSMIS", "2025-09-05"], ["RETOUR", "2025-09-06"], ["COMPLET", "2025-09-10"], ["ENGAGE", "2025-09-30"], ["DEPOSE", "2025-10-04"]]),
    d("C", "akto", "21", [["TRANSMIS", "2025-09-10"], ["REFUSE", "2025-10-15"]]),
    d("D", "akto", "11", [["TRANSMIS", "2025-09-20"]]),
    d("E", "akto", "11", [["TRANSMIS", "2025-09-25"]]),
    d("F", "akto", "31", [["TRANSMIS", "2025-09-02"], ["ENGAGE", "2025-09-03"]]),
    d("G", "atlas", "11", [["TRANSMIS", "2025-09-02"], ["ANNULE", "2025-09-03"]]),
    d("H", "atlas", "11", [["ENGAGE", "2025-09-03"]]),
  ];
  it("médianes, p90, part dans le délai légal, avenants séparés, annulés écartés", () => {
    const r = delaisInstruction(dossiers, { delaiLegal, dateEvaluation: "2025-10-12" });
    expect(r.ecartes).toEqual([
      { id: "G", motif: "dossier annulé" },
      { id: "H", motif: "aucune date de réception (événement TRANSMIS) exploitable" },
    ]);
    expect(r.parametres.map((p) => [p.id, p.valeur])).toEqual([["test.delaiDecisionOpco", 20]]);
    const [initial, avenant] = r.groupes;
    // Décisions : A 10 j, B 25 j, C 35 j ; dépôts après décision : A 2, B 4.
    expect(initial).toMatchObject({ opco: "akto", mois: "2025-09", categorie: "initial", dossiers: 5 });
    expect(initial!.delaiDecision).toEqual({ mediane: 25, p90: 35, n: 3 });
    expect(initial!.delaiDecisionDepot).toEqual({ mediane: 3, p90: 4, n: 2 });
    expect(initial!.delaiEnregistrement).toEqual({ mediane: 20.5, p90: 29, n: 2 });
    // A dans le délai ; B dans le délai (20 j depuis le dossier complet) ; C hors délai ;
    // D sans décision, délai écoulé au 12/10 (silence = refus) ; E encore en cours.
    expect([initial!.decidesDansDelai, initial!.horsDelai, initial!.enCours]).toEqual([2, 2, 1]);
    expect(initial!.partDansDelai).toBe(0.5);
    expect(initial!.allersRetoursMoyen).toBe(0.2);
    expect(avenant).toMatchObject({ categorie: "avenant", dossiers: 1, decidesDansDelai: 1, partDansDelai: 1 });
  });

  it("délai légal de 20 jours à la limite et un jour au-delà (reçu le 1er septembre : limite le 21)", () => {
    const bornes = [
      d("P", "akto", "11", [["TRANSMIS", "2025-09-01"], ["ENGAGE", "2025-09-21"]]), // 20 jours : dans le délai
      d("Q", "akto", "11", [["TRANSMIS", "2025-09-01"], ["REFUSE", "2025-09-22"]]), // 21 jours : hors délai
      d("R", "akto", "11", [["TRANSMIS", "2025-09-01"]]), // sans décision
    ];
    const compter = (dateEvaluation: string) => {
      const g = delaisInstruction(bornes, { delaiLegal, dateEvaluation }).groupes[0]!;
      return [g.decidesDansDelai, g.horsDelai, g.enCours];
    };
    // Évalué le 21 : R est encore dans le délai (en cours) ; le 22 : son délai est écoulé (hors délai).
    expect(compter("2025-09-21")).toEqual([1, 1, 1]);
    expect(compter("2025-09-22")).toEqual([1, 2, 0]);
  });
});

describe("I-OPCO-INDUS : indus évités et recouvrés", () => {
  it("un contrat compte une fois (plus grand montant évité) ; recouvrements au mois du recouvrement", () => {
    const base = { opco: "akto", date: "2025-10-02", moment: "avant_paiement" as const, decision: "confirme" as const };
    const { groupes, regles } = indusEvites([
      { ...base, contrat: "C1", regle: "PP-01", montantSansControle: 7000, montantApresCorrection: 0 },
      { ...base, contrat: "C1", regle: "PP-05", montantSansControle: 7000, montantApresCorrection: 3000 },
      { ...base, contrat: "C2", regle: "PP-05", decision: "faux_positif", montantSansControle: 5000, montantApresCorrection: 0 },
      { ...base, contrat: "C3", regle: "PP-02", date: "2025-11-20", moment: "apres_paiement", montantSansControle: 2000, montantApresCorrection: 0, recouvrements: [{ date: "2026-01-15", montant: 1500 }] },
      { ...base, contrat: "C4", regle: "PP-02", decision: "en_attente", montantSansControle: 800, montantApresCorrection: 0 },
    ]);
    expect(groupes).toEqual([
      { opco: "akto", mois: "2025-10", indusEvites: 7000, contratsEvites: 1, indusRecouvres: 0, montantARisque: 12800 },
      { opco: "akto", mois: "2025-11", indusEvites: 0, contratsEvites: 0, indusRecouvres: 0, montantARisque: 2000 },
      { opco: "akto", mois: "2026-01", indusEvites: 0, contratsEvites: 0, indusRecouvres: 1500, montantARisque: 0 },
    ]);
    expect(regles).toEqual([
      { regle: "PP-01", constats: 1, confirmes: 1, fauxPositifs: 0, enAttente: 0, tauxFauxPositifs: 0, montantEvite: 7000 },
      { regle: "PP-02", constats: 2, confirmes: 1, fauxPositifs: 0, enAttente: 1, tauxFauxPositifs: 0, montantEvite: 0 },
      { regle: "PP-05", constats: 2, confirmes: 1, fauxPositifs: 1, enAttente: 0, tauxFauxPositifs: 0.5, montantEvite: 0 },
    ]);
  });
});

describe("I-OPCO-ALGO : entreprises contactées et contrats signés", () => {
  const edition = { date: "2025-09-01", entreprises: ["11111111100011", "22222222200022", "33333333300033", "44444444400044"].map((siret) => ({ siret, opco: "akto" })) };
  const contacts = [
    { opco: "akto", siret: "11111111100011", date: "2025-09-10" },
    { opco: "akto", siret: "11111111100011", date: "2025-09-20" },
    { opco: "akto", siret: "22222222200022", date: "2025-10-01" },
    { opco: "atlas", siret: "33333333300033", date: "2025-09-10" },
    { opco: "akto", siret: "44444444400044", date: "2025-08-01" },
  ];
  const apprenant = { nom: "Dupont", prenom: "Léa", dateNaissance: "2006-05-14" };
  const contrat = (no: string, siret: string, date: string, extra: object = {}) => ({ noContrat: no, siret, dateConclusion: date, dispositif: "APPR", typeContrat: "11", ...extra });
  const contrats = [
    contrat("1", "11111111100011", "2025-09-15", { apprenant }),
    contrat("2", "11111111100011", "2025-10-15", { apprenant: { ...apprenant, nom: "DUPONT" } }),
    contrat("3", "11111111100011", "2025-09-05"),
    contrat("4", "22222222200022", "2025-09-20"),
    contrat("5", "22222222200022", "2026-03-02"),
    contrat("6", "33333333300033", "2025-12-01"),
    contrat("7", "11111111100099", "2025-11-01"),
    contrat("8", "11111111100011", "2025-11-01", { typeContrat: "31" }),
    contrat("9", "11111111100011", "2025-11-01", { statut: "Annulé" }),
  ];
  it("par SIRET : contact avant la conclusion, fenêtre de 6 mois, témoin non contacté", () => {
    const [r] = contratsApresContact([edition], contacts, contrats);
    expect(r).toEqual({
      opco: "akto",
      edition: "2025-09-01",
      finFenetre: "2026-03-01",
      entreprisesAlgo: 4,
      entreprisesContactees: 2,
      apprentis: 1,
      entreprisesContacteesAvecContrat: 1,
      tauxConversion: 0.5,
      entreprisesTemoin: 2,
      entreprisesTemoinAvecContrat: 1,
      tauxTemoin: 0.5,
      ecartNet: 0,
    });
  });
  it("par SIREN : un autre établissement de l'entreprise compte", () => {
    const [r] = contratsApresContact([edition], contacts, contrats, { cle: "siren" });
    expect(r!.apprentis).toBe(2);
  });
});

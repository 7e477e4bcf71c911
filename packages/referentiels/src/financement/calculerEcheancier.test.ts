import { describe, expect, it } from "vitest";
import { calculerEcheancier } from "./calculerEcheancier";
import { detecterIndus } from "./detecterIndus";
import type { EntreeFinancement } from "./EntreeFinancement";

// Exemples chiffrés de la spécification (opco-echanges.md §6.6) : RNCP1002, CPNE 2 (IDCC 478), NPEC 9 497 €.
const base: EntreeFinancement = {
  dateConclusion: "2025-08-20",
  dateDebutContrat: "2025-09-01",
  dateFinContrat: "2027-08-31",
  npecAnnuel: 9497,
  niveauCertification: "5",
};

const montants = (e: ReturnType<typeof calculerEcheancier>, annee: number): number[] => e.echeances.filter((x) => x.annee === annee && (x.nature === "avance" || x.nature === "versement" || x.nature === "solde" || x.nature === "regularisation")).map((x) => x.montantCentimes);

describe("calculerEcheancier — contrats conclus à partir du 2025-07-01 (§6.6)", () => {
  it("contrat de 2 ans, années complètes : 9 497 € par an, 40/30/20/10", () => {
    const e = calculerEcheancier(base);
    expect(e.regime).toMatchObject({ dateEffet: "2025-07-01", proratisation: "jour" });
    expect(e.annees.map((a) => a.montantDuCentimes)).toEqual([949700, 949700]);
    expect(montants(e, 1)).toEqual([379880, 284910, 189940, 94970]);
    expect(montants(e, 2)).toEqual([379880, 284910, 189940, 94970]);
    expect(e.totalDuCentimes).toBe(2 * 949700);
    const [avance, septieme, dixieme, solde] = e.echeances.filter((x) => x.annee === 1);
    expect(avance).toMatchObject({ nature: "avance", date: "2025-09-01", dateLimite: "2025-10-01", pourcentage: 40 });
    expect(septieme).toMatchObject({ date: "2026-03-01", pourcentage: 30 });
    expect(dixieme).toMatchObject({ date: "2026-06-01", pourcentage: 20 });
    expect(solde).toMatchObject({ nature: "solde", date: "2026-09-01", pourcentage: 10 });
    expect(solde?.explication).toContain("avec la 1re avance de l'année suivante");
    expect(e.echeances.at(-1)).toMatchObject({ nature: "solde", dateLimite: "2027-12-31" });
    expect(e.forclusionSolde).toBe("2027-12-31");
    expect(e.parametres.map((p) => p.id)).toContain("apprentissage.npec.echeancier");
    expect(e.indeterminations).toEqual([]);
  });

  it("niveau ≥ 6 : avance de la 1re année diminuée de 750 € (3 048,80 €)", () => {
    const e = calculerEcheancier({ ...base, niveauCertification: 6 });
    expect(montants(e, 1)).toEqual([304880, 284910, 189940, 94970]);
    expect(e.partEmployeur?.montantCentimes).toBe(75000);
    expect(e.annees[0]?.montantDuCentimes).toBe(949700 - 75000);
    expect(montants(e, 2)[0]).toBe(379880);
    expect(e.echeances[0]?.explication).toContain("diminuée de la participation de l'employeur (750,00 €)");
  });

  it("rupture après 200 jours en 1re année : 9 497 × 200 / 365 ≈ 5 203,84 €", () => {
    const e = calculerEcheancier({ ...base, dateRupture: "2026-03-19" });
    expect(e.annees).toHaveLength(1);
    expect(e.annees[0]).toMatchObject({ jours: 200, montantDuCentimes: 520384, finExecution: "2026-03-19" });
    // avance 40 % et 30 % au 7e mois exigibles avant la rupture, puis régularisation du trop-versé
    expect(montants(e, 1)).toEqual([379880, 284910, 520384 - 379880 - 284910]);
    expect(e.echeances.at(-1)?.nature).toBe("regularisation");
    expect(e.totalDuCentimes).toBe(520384);
    expect(e.forclusionSolde).toBe("2026-07-19");
  });

  it("contrat de 304 jours (10 mois) : ≈ 7 909,83 €", () => {
    const e = calculerEcheancier({ ...base, dateFinContrat: "2026-07-01" });
    expect(e.annees[0]).toMatchObject({ jours: 304, montantPrevuCentimes: 790983, montantDuCentimes: 790983 });
    expect(e.totalDuCentimes).toBe(790983);
  });

  it("majoration RQTH plafonnée à 4 000 € par année, frais annexes plafonnés", () => {
    const e = calculerEcheancier({
      ...base,
      rqth: { montantsAnnuels: [5000, 1200] },
      fraisAnnexes: { repas: { nombre: 100, prixUnitaire: 3.5 }, nuitees: { nombre: 50, prixUnitaire: 6 }, premierEquipement: 650, mobiliteInternationale: 400 },
    });
    const rqth = e.echeances.filter((x) => x.nature === "majoration_rqth");
    expect(rqth.map((x) => x.montantCentimes)).toEqual([400000, 120000]);
    expect(rqth[0]?.explication).toContain("écrêtée à 4 000,00 €");
    const frais = e.echeances.filter((x) => x.nature === "frais_annexes").map((x) => x.montantCentimes);
    expect(frais).toEqual([30000, 30000, 50000, 40000]);
    expect(e.totalDuCentimes).toBe(2 * 949700 + 400000 + 120000 + 30000 + 30000 + 50000 + 40000);
  });

  it("RQTH proratisée seulement en cas de rupture suivie d'un abandon de formation", () => {
    const garde = calculerEcheancier({ ...base, dateRupture: "2026-03-19", rqth: { montantsAnnuels: [3650] } });
    expect(garde.echeances.find((x) => x.nature === "majoration_rqth")?.montantCentimes).toBe(365000);
    const abandon = calculerEcheancier({ ...base, dateRupture: "2026-03-19", rqth: { montantsAnnuels: [3650], abandonFormationApresRupture: true } });
    expect(abandon.echeances.find((x) => x.nature === "majoration_rqth")?.montantCentimes).toBe(200000);
  });

  it("participation de l'employeur : rupture dans les 45 jours (50 % du NPEC proratisé, plafonné), nouveau contrat (200 €), niveau inconnu", () => {
    const rupture = calculerEcheancier({ ...base, niveauCertification: "7", dateRupture: "2025-09-20" });
    // 50 % × 9 497 × 20 / 365 = 260,19 €
    expect(rupture.partEmployeur?.montantCentimes).toBe(26019);
    const longue = calculerEcheancier({ ...base, niveauCertification: "7", dateRupture: "2025-10-15" });
    // 45 jours : 50 % × 9 497 × 45 / 365 = 585,43 € < 750 €
    expect(longue.partEmployeur?.montantCentimes).toBe(58543);
    expect(calculerEcheancier({ ...base, niveauCertification: "6", nouveauContratApresRupture: true }).partEmployeur?.montantCentimes).toBe(20000);
    const inconnu = calculerEcheancier({ ...base, niveauCertification: null });
    expect(inconnu.partEmployeur).toBeNull();
    expect(inconnu.indeterminations[0]).toContain("niveau de la certification inconnu");
  });
});

describe("calculerEcheancier — contrats conclus avant le 2025-07-01", () => {
  const ancien: EntreeFinancement = { dateConclusion: "2024-08-20", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31", npecAnnuel: 9497, niveauCertification: "6" };

  it("50 / 25 / 25, sans participation de l'employeur", () => {
    const e = calculerEcheancier(ancien);
    expect(e.regime).toMatchObject({ dateEffet: "2020-01-01", proratisation: "mois_commence" });
    expect(montants(e, 1)).toEqual([474850, 237425, 237425]);
    expect(e.partEmployeur).toBeNull();
    expect(e.forclusionSolde).toBeNull();
  });

  it("rupture : tout mois commencé est dû", () => {
    // 2024-09-01 → 2025-03-02 : 7 mois commencés
    const e = calculerEcheancier({ ...ancien, dateRupture: "2025-03-02" });
    expect(e.annees[0]).toMatchObject({ moisCommences: 7, montantDuCentimes: Math.round((949700 * 7) / 12) });
    expect(e.totalDuCentimes).toBe(553992);
  });
});

describe("calculerEcheancier — entrées inexploitables", () => {
  it("frais annexes illisibles : signalés, non retenus", () => {
    const e = calculerEcheancier({ ...base, fraisAnnexes: { repas: { nombre: "100" as unknown as number, prixUnitaire: 3 }, premierEquipement: Number.NaN } });
    expect(e.echeances.filter((x) => x.nature === "frais_annexes")).toEqual([]);
    expect(e.indeterminations).toHaveLength(2);
  });

  it("ne lève pas : échéancier vide et raison", () => {
    expect(calculerEcheancier({ ...base, dateDebutContrat: "2025-02-30" }).indeterminations[0]).toContain("dateDebutContrat");
    expect(calculerEcheancier({ ...base, npecAnnuel: Number.NaN }).indeterminations[0]).toContain("NPEC");
    expect(calculerEcheancier({ ...base, dateRupture: "2025-01-01" }).echeances).toEqual([]);
  });
});

describe("detecterIndus", () => {
  it("rupture après 200 jours, avance et 2e versement payés : indu de 1 444,06 €", () => {
    const e = calculerEcheancier({ ...base, dateRupture: "2026-03-19" });
    const r = detecterIndus(e, [{ date: "2025-09-20", montant: 3798.8 }, { date: "2026-03-05", montant: 2849.1 }], { dateEvaluation: "2026-11-26" });
    expect(r).toMatchObject({ totalVerseCentimes: 664790, totalDuCentimes: 520384, induCentimes: 144406, anticipeCentimes: 0 });
    expect(r.constats).toHaveLength(1);
    expect(r.constats[0]?.explication).toContain("Indu de 1 444,06 €");
  });

  it("versements conformes : ni indu ni anticipation ; versement en avance signalé", () => {
    const e = calculerEcheancier(base);
    const conforme = detecterIndus(e, [{ date: "2025-09-20", montant: 3798.8 }], { dateEvaluation: "2025-10-15" });
    expect(conforme.constats).toEqual([]);
    const avance = detecterIndus(e, [{ date: "2025-09-20", montant: 3798.8 + 2849.1 }], { dateEvaluation: "2025-10-15" });
    expect(avance).toMatchObject({ induCentimes: 0, anticipeCentimes: 284910 });
    expect(avance.constats[0]?.nature).toBe("versement_anticipe");
  });

  it("solde forclos faute de justificatifs : le solde versé devient un indu", () => {
    const e = calculerEcheancier({ ...base, dateFinContrat: "2026-08-31" });
    const paiements = [{ date: "2025-09-20", montant: 3798.8 }, { date: "2026-03-05", montant: 2849.1 }, { date: "2026-06-05", montant: 1899.4 }, { date: "2027-02-01", montant: 949.7 }];
    const r = detecterIndus(e, paiements, { dateEvaluation: "2027-02-01" });
    expect(r.constats.map((c) => c.nature)).toEqual(["solde_forclos", "indu"]);
    expect(r.induCentimes).toBe(94970);
    expect(detecterIndus(e, paiements, { dateEvaluation: "2027-02-01", dateJustificatifs: "2026-10-15" }).induCentimes).toBe(0);
  });

  it("paiement illisible : signalé, non compté", () => {
    const r = detecterIndus(calculerEcheancier(base), [{ date: "20/09/2025", montant: 10 }], { dateEvaluation: "2025-10-15" });
    expect(r.totalVerseCentimes).toBe(0);
    expect(r.constats[0]?.nature).toBe("paiement_illisible");
  });
});

import { describe, expect, it } from "vitest";
import { chargerInstantaneEmbarque } from "../instantane/chargerInstantaneEmbarque";
import { ReferentielHorsLigne } from "../ReferentielHorsLigne";
import { financementDuContrat } from "./financementDuContrat";
import { valoriserConstatsPrepaiement } from "./valoriserConstatsPrepaiement";

const referentiel = new ReferentielHorsLigne(await chargerInstantaneEmbarque());

/** Contrat conclu avant le 1er juillet 2025 : NPEC RNCP1002 × IDCC 478 du référentiel réel (9 497 €). */
const contrat = {
  contrat: { dateSignature: "2024-08-20", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" },
  formation: { rncp: "RNCP1002" },
  employeur: { codeIdcc: "478" },
};

describe("financementDuContrat", () => {
  it("cherche le NPEC applicable à la date de conclusion et calcule deux années pleines", async () => {
    const f = await financementDuContrat(contrat, referentiel);
    expect(f.statut).toBe("calcule");
    if (f.statut !== "calcule") return;
    expect(f.npec.annuel).toBe(9497);
    expect(f.npec.origine).toMatch(/Référentiel NPEC/);
    expect(f.entree).toMatchObject({ dateConclusion: "2024-08-20", npecAnnuel: 9497 });
    expect(f.echeancier.totalDuCentimes).toBe(2 * 949700);
  });

  it("proratise une rupture portée par le contrat (dernier jour exécuté)", async () => {
    const f = await financementDuContrat({ ...contrat, contrat: { ...contrat.contrat, dateRupture: "2025-02-14" } }, referentiel);
    expect(f.statut).toBe("calcule");
    if (f.statut !== "calcule") return;
    // Régime d'avant le 1er juillet 2025 : 6 mois commencés de la 1re année sur 12.
    expect(f.echeancier.totalDuCentimes).toBe(474850);
  });

  it("prend le NPEC fourni sans interroger le référentiel", async () => {
    const f = await financementDuContrat({ contrat: contrat.contrat }, referentiel, { npecAnnuel: 6000, niveauCertification: "5" });
    expect(f.statut === "calcule" && f.npec).toEqual({ annuel: 6000, origine: "fourni" });
  });

  it("reste indéterminé, sans montant par défaut, quand le NPEC est introuvable ou une donnée manque", async () => {
    const introuvable = await financementDuContrat({ ...contrat, formation: { rncp: "RNCP99999" } }, referentiel);
    expect(introuvable.statut).toBe("indetermine");
    // RNCP99999 hors de l'extrait NPEC embarqué : non vérifiable (pas « introuvable »), raison qui nomme l'extrait
    expect(introuvable.statut === "indetermine" && introuvable.raisons[0]).toMatch(/^NPEC non vérifiable pour RNCP99999 et l'IDCC 478 .*introuvable dans l'extrait « Référentiel NPEC/);
    const sansIdcc = await financementDuContrat({ contrat: contrat.contrat, formation: contrat.formation }, referentiel);
    expect(sansIdcc).toMatchObject({ statut: "indetermine", manquants: ["employeur.codeIdcc"] });
    const sansDate = await financementDuContrat({ ...contrat, contrat: { dateSignature: "2024-02-30" } }, referentiel);
    expect(sansDate.statut).toBe("indetermine");
    expect(sansDate.statut === "indetermine" && sansDate.manquants).toEqual(["contrat.dateSignature", "contrat.dateDebutContrat", "contrat.dateFinContrat"]);
    expect(await financementDuContrat(null, referentiel, { npecAnnuel: -1 })).toMatchObject({ statut: "indetermine" });
  });
});

describe("valoriserConstatsPrepaiement", () => {
  const constats = [
    { regle: "prepaiement.qualiopi", statut: "non_conforme" as const, severite: "bloquant" as const },
    { regle: "prepaiement.cfa.connu", statut: "non_conforme" as const, severite: "bloquant" as const },
    { regle: "prepaiement.formation.offre", statut: "indetermine" as const, severite: "bloquant" as const },
    { regle: "prepaiement.certification.dates", statut: "non_conforme" as const, severite: "avertissement" as const },
    { regle: "remuneration.taux.minimum", statut: "non_conforme" as const, severite: "bloquant" as const },
  ];

  it("valorise chaque constat bloquant avant paiement au total de l'échéancier, montant dû 0", async () => {
    const financement = await financementDuContrat(contrat, referentiel);
    const v = valoriserConstatsPrepaiement({ contrat: "C-1", opco: "atlas", date: "2024-08-25", constats, financement });
    expect(v).toEqual({
      statut: "valorise",
      montantEnJeuCentimes: 1899400,
      constats: ["prepaiement.qualiopi", "prepaiement.cfa.connu"].map((regle) => ({
        contrat: "C-1",
        opco: "atlas",
        regle,
        date: "2024-08-25",
        moment: "avant_paiement",
        decision: "en_attente",
        montantSansControle: 18994,
        montantApresCorrection: 0,
      })),
    });
  });

  it("ne valorise ni les indéterminés ni les avertissements, et dit pourquoi un montant manque", async () => {
    expect(valoriserConstatsPrepaiement({ contrat: "C-2", opco: "atlas", date: "2024-08-25", constats: constats.slice(2), financement: await financementDuContrat(contrat, referentiel) })).toEqual({ statut: "sans_constat_bloquant" });
    const financement = await financementDuContrat({ ...contrat, formation: { rncp: "RNCP99999" } }, referentiel);
    const v = valoriserConstatsPrepaiement({ contrat: "C-3", opco: "atlas", date: "2024-08-25", constats, financement });
    expect(v.statut).toBe("non_valorise");
    expect(v.statut === "non_valorise" && v.regles).toEqual(["prepaiement.qualiopi", "prepaiement.cfa.connu"]);
    expect(v.statut === "non_valorise" && v.raisons[0]).toMatch(/NPEC non vérifiable/);
  });
});

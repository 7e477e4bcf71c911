import { describe, expect, it } from "vitest";
import type { Constat } from "../Constat";
import { evaluerReglesAsync } from "../evaluerReglesAsync";
import type { RegleAsynchrone } from "../Regle";
import type { StatutRegle } from "../Resultat";
import { contratConforme } from "../test/contratConforme";
import { regleEcartContratsSuccessifs } from "./ecartContratsSuccessifs";
import { regleMajorationDiplomeConnexe } from "./majorationDiplomeConnexe";
import type { PortHistoriqueContrats } from "./PortHistoriqueContrats";
import { regleRemunerationContratSuccessif } from "./remunerationContratSuccessif";

const NUMERO_PRECEDENT = "069202309000123";

/** Historique des dossiers tenu en mémoire (implémentation du port par une table de l'OPCO). */
function historique(contrats: Record<string, object>): PortHistoriqueContrats {
  return {
    async contratPrecedent(numero) {
      const contrat = contrats[numero];
      return contrat === undefined ? { statut: "absent", raison: `contrat ${numero} inconnu`, source: "base des dossiers" } : { statut: "trouve", contrat, source: "base des dossiers" };
    },
  };
}

/** Contrat précédent : fin le 2024-08-19, CAP (type 54), dernière ligne 2.1 à 51 %. */
function precedent(modifier: (c: any) => void = () => {}): object {
  const c: any = {
    employeur: { siret: "82832700500017" },
    contrat: {
      noContrat: NUMERO_PRECEDENT,
      dateSignature: "2022-08-10",
      dateDebutContrat: "2022-08-20",
      dateFinContrat: "2024-08-19",
      remunerationsAnnuelles: [
        { ordre: "1.1", taux: 43 },
        { ordre: "2.1", taux: 51 },
      ],
    },
    formation: { typeDiplome: "54" },
  };
  modifier(c);
  return c;
}

async function evaluer(
  regle: RegleAsynchrone<object, object>,
  modifier: (c: any) => void,
  port: PortHistoriqueContrats | null = historique({ [NUMERO_PRECEDENT]: precedent() }),
): Promise<{ statut: StatutRegle; constats: Constat[] }> {
  const contrat: any = contratConforme();
  contrat.contrat.numeroContratPrecedent = NUMERO_PRECEDENT;
  modifier(contrat);
  const r = await evaluerReglesAsync([regle], contrat, { dateEvaluation: "2026-12-06", mode: "explication", ports: port === null ? {} : { historique: port } });
  return { statut: r.explications?.[0]?.statut ?? "indetermine", constats: r.constats };
}

describe("contrats successifs : écart d'un an au plus (D6222-1, exception d'âge jusqu'à 35 ans)", () => {
  /** Apprenti de 31 ans au 2025-09-01, contrat successif avec un autre employeur conclu le `conclusion`. */
  const trenteEtUnAns = (conclusion: string) => (c: any) => {
    c.apprenti.dateNaissance = "1994-03-14";
    delete c.apprenti.nir;
    c.contrat.typeContratApp = "22";
    c.contrat.dateSignature = conclusion;
  };

  it("la veille et le jour anniversaire de l'expiration du contrat précédent : conforme ; le lendemain : non conforme", async () => {
    expect((await evaluer(regleEcartContratsSuccessifs, trenteEtUnAns("2025-08-18"))).statut).toBe("conforme");
    expect((await evaluer(regleEcartContratsSuccessifs, trenteEtUnAns("2025-08-19"))).statut).toBe("conforme");
    const lendemain = await evaluer(regleEcartContratsSuccessifs, trenteEtUnAns("2025-08-20"));
    expect(lendemain.statut).toBe("non_conforme");
    expect(lendemain.constats[0]).toMatchObject({
      severite: "bloquant",
      message: "Le contrat est conclu le 2025-08-20, plus d'un an après l'expiration du contrat précédent le 2024-08-19 (au plus tard le 2025-08-19) : l'exception d'âge jusqu'à 35 ans ne s'applique pas à un apprenti de 31 ans.",
      details: { expirationPrecedent: "2024-08-19", limite: "2025-08-19", source: "base des dossiers" },
    });
  });

  it("un contrat précédent rompu expire à sa date de rupture", async () => {
    const rompu = historique({ [NUMERO_PRECEDENT]: precedent((c) => (c.contrat.dateRupture = "2024-03-01")) });
    expect((await evaluer(regleEcartContratsSuccessifs, trenteEtUnAns("2025-03-01"), rompu)).statut).toBe("conforme");
    expect((await evaluer(regleEcartContratsSuccessifs, trenteEtUnAns("2025-03-02"), rompu)).statut).toBe("non_conforme");
  });

  it("contrat précédent inconnu ou historique absent : indéterminé qui dit ce qui n'a pas pu être vérifié, jamais conforme", async () => {
    const inconnu = await evaluer(regleEcartContratsSuccessifs, trenteEtUnAns("2025-08-18"), historique({}));
    expect(inconnu.statut).toBe("indetermine");
    expect(inconnu.constats[0]?.message).toBe(
      "Délai d'un an au plus entre la fin du contrat précédent et la conclusion de ce contrat (D6222-1, exception d'âge jusqu'à 35 ans) : non vérifié, contrat précédent inconnu (contrat précédent 069202309000123 : contrat 069202309000123 inconnu (base des dossiers)). Il faut sa date de rupture ou de fin.",
    );
    const sansPort = await evaluer(regleEcartContratsSuccessifs, trenteEtUnAns("2025-08-18"), null);
    expect(sansPort).toMatchObject({ statut: "indetermine", constats: [{ manquants: ["ports.historique"] }] });
    const sansFin = await evaluer(regleEcartContratsSuccessifs, trenteEtUnAns("2025-08-18"), historique({ [NUMERO_PRECEDENT]: precedent((c) => delete c.contrat.dateFinContrat) }));
    expect(sansFin).toMatchObject({ statut: "indetermine", constats: [{ manquants: ["contratPrecedent.contrat.dateFinContrat"] }] });
  });

  it("sans objet à 29 ans révolus, pour un apprenti RQTH ou un premier contrat", async () => {
    const vingtNeufAns = (c: any) => {
      trenteEtUnAns("2025-08-20")(c);
      c.apprenti.dateNaissance = "1995-09-02"; // 29 ans la veille de ses 30 ans
    };
    expect((await evaluer(regleEcartContratsSuccessifs, vingtNeufAns)).statut).toBe("non_applicable");
    expect((await evaluer(regleEcartContratsSuccessifs, (c) => { trenteEtUnAns("2025-08-20")(c); c.apprenti.handicap = true; })).statut).toBe("non_applicable");
    expect((await evaluer(regleEcartContratsSuccessifs, (c) => { trenteEtUnAns("2025-08-20")(c); c.contrat.typeContratApp = "11"; })).statut).toBe("non_applicable");
  });
});

describe("contrat successif avec le même employeur (D6222-29)", () => {
  const memeEmployeur = (taux: number) => (c: any) => {
    c.contrat.typeContratApp = "21";
    for (const ligne of c.contrat.remunerationsAnnuelles) ligne.taux = Math.max(ligne.taux, taux);
    c.contrat.remunerationsAnnuelles[0].taux = taux;
  };

  it("au taux de la dernière année du contrat précédent : conforme ; un point en dessous : non conforme", async () => {
    expect((await evaluer(regleRemunerationContratSuccessif, memeEmployeur(51))).statut).toBe("conforme");
    const dessous = await evaluer(regleRemunerationContratSuccessif, memeEmployeur(50));
    expect(dessous.statut).toBe("non_conforme");
    expect(dessous.constats).toMatchObject([
      {
        chemins: ["contrat.remunerationsAnnuelles.0.taux"],
        message: "La ligne de rémunération 1.1 (50 %) est inférieure au taux de la dernière année du contrat précédent avec le même employeur (51 %, ligne 2.1, base des dossiers).",
        details: { tauxPrecedent: 51, minimum: 51, taux: 50 },
      },
    ]);
  });

  it("contrat précédent inconnu : constat d'information qui nomme ce qui manque", async () => {
    const r = await evaluer(regleRemunerationContratSuccessif, memeEmployeur(43), historique({}));
    expect(r).toMatchObject({ statut: "indetermine", constats: [{ severite: "information", statut: "indetermine", manquants: ["ports.historique:base des dossiers"] }] });
    expect(r.constats[0]?.message).toContain("Il faut le taux de la dernière année de rémunération du contrat précédent.");
    const sansNumero = await evaluer(regleRemunerationContratSuccessif, (c) => { memeEmployeur(43)(c); delete c.contrat.numeroContratPrecedent; });
    expect(sansNumero.constats[0]).toMatchObject({ severite: "information", manquants: ["contrat.numeroContratPrecedent"] });
  });

  it("ne s'applique qu'au type 21", async () => {
    expect((await evaluer(regleRemunerationContratSuccessif, (c) => (c.contrat.typeContratApp = "22"))).statut).toBe("non_applicable");
  });
});

describe("contrat d'un an pour un diplôme connexe de même niveau (D6222-30)", () => {
  /** Contrat d'un an exactement (2025-09-01 → 2026-08-31), même niveau (CAP), une ligne au `taux`. */
  const unAn = (taux: number, fin = "2026-08-31") => (c: any) => {
    c.contrat.typeContratApp = "22";
    c.contrat.dateFinContrat = fin;
    c.contrat.remunerationsAnnuelles = [{ ordre: "1.1", dateDebut: "2025-09-01", dateFin: fin, taux, typeSalaire: "SMIC" }];
  };

  it("dernière année du contrat précédent (51 %) + 15 points : 66 % conforme, 65 % avertissement", async () => {
    expect((await evaluer(regleMajorationDiplomeConnexe, unAn(66))).statut).toBe("conforme");
    const dessous = await evaluer(regleMajorationDiplomeConnexe, unAn(65));
    expect(dessous).toMatchObject({ statut: "non_conforme", constats: [{ severite: "avertissement", details: { minimum: 66, tauxPrecedent: 51, points: 15 } }] });
  });

  it("un an et un jour, ou un diplôme d'un autre niveau : sans objet", async () => {
    expect((await evaluer(regleMajorationDiplomeConnexe, unAn(43, "2026-09-01"))).statut).toBe("non_applicable");
    const autreNiveau = historique({ [NUMERO_PRECEDENT]: precedent((c) => (c.formation.typeDiplome = "43")) });
    expect((await evaluer(regleMajorationDiplomeConnexe, unAn(43), autreNiveau)).statut).toBe("non_applicable");
  });

  it("contrat précédent inconnu : information, jamais conforme", async () => {
    expect(await evaluer(regleMajorationDiplomeConnexe, unAn(43), historique({}))).toMatchObject({ statut: "indetermine", constats: [{ severite: "information" }] });
  });
});

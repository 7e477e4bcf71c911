import { describe, expect, it } from "vitest";
import { arrondiCentimeSuperieur } from "./arrondiCentimeSuperieur";
import { calculerRemuneration } from "./calculerRemuneration";
import { estMayotte } from "./estMayotte";
import { montantSelonTaux } from "./montantSelonTaux";

const base = { dateNaissance: "2008-01-10", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" };

describe("arrondi au centime supérieur", () => {
  it("arrondit vers le haut sans effet des imprécisions binaires", () => {
    expect(arrondiCentimeSuperieur(477.0684)).toBe(477.07);
    expect(arrondiCentimeSuperieur(1060)).toBe(1060);
    expect(arrondiCentimeSuperieur(0.1 + 0.2)).toBe(0.3);
    expect(arrondiCentimeSuperieur(1766.92 * 1)).toBe(1766.92);
    expect(montantSelonTaux(176692, 27)).toBe(47707);
    expect(montantSelonTaux(200000, 53)).toBe(106000);
    expect(montantSelonTaux(100, 33.33)).toBe(34);
    expect(montantSelonTaux(182303, 100)).toBe(182303);
  });
});

describe("calculerRemuneration", () => {
  it("reconnaît Mayotte par son département ou son code postal", () => {
    expect(estMayotte("976")).toBe(true);
    expect(estMayotte("97600")).toBe(true);
    expect(estMayotte("974")).toBe(false);
    expect(estMayotte(undefined)).toBe(false);
  });

  it("renvoie les anomalies au lieu de lever", () => {
    const r = calculerRemuneration({ ...base, dateFinContrat: "2024-08-31" });
    expect(r).toEqual({
      statut: "impossible",
      anomalies: [{ champ: "dateFinContrat", message: "la date de fin du contrat précède sa date de début" }],
    });
    const r2 = calculerRemuneration({ ...base, dateNaissance: "2025-02-29", smc: -3, anneeExecutionDebut: 5, niveauDiplomePrepare: 9 });
    expect(r2.statut).toBe("impossible");
    if (r2.statut === "impossible") expect(r2.anomalies.map((a) => a.champ)).toEqual(["dateNaissance", "smc", "anneeExecutionDebut", "niveauDiplomePrepare"]);
  });

  it("signale une date antérieure à la table du SMIC au lieu d'un repli silencieux", () => {
    const r = calculerRemuneration({ dateNaissance: "2000-01-01", dateDebutContrat: "2017-09-01", dateFinContrat: "2018-08-31" });
    expect(r.statut).toBe("impossible");
    if (r.statut === "impossible") expect(r.anomalies[0]!.message).toContain("aucune valeur du SMIC de métropole");
  });

  it("utilise la grille en vigueur à la date de conclusion", () => {
    const r = calculerRemuneration({
      dateNaissance: "2002-01-10",
      dateConclusion: "2018-12-15",
      dateDebutContrat: "2019-01-02",
      dateFinContrat: "2019-12-31",
    });
    expect(r.statut).toBe("calculee");
    if (r.statut !== "calculee") return;
    // 17 ans, ancienne grille (contrat conclu avant le 01/01/2019) : 25 % du SMIC 2019 (1 521,22 €).
    expect(r.periodes[0]).toMatchObject({ numero: "1.1", tauxGrille: 25, base: "SMIC", salaireBrut: 380.31 });
    expect(r.parametres.map((p) => `${p.id}@${p.dateEffet}`)).toEqual([
      "smic.mensuel.metropole@2019-01-01",
      "apprentissage.remuneration.grille@2008-05-01",
    ]);
  });

  it("consulte le SMIC à une date de référence explicite", () => {
    const r = calculerRemuneration({ ...base, dateReferenceSmic: "2026-06-01" });
    expect(r.statut === "calculee" && [r.smic.dateEffet, r.periodes[0]!.salaireBrut]).toEqual(["2026-06-01", 504.1]); // 1867.02 × 27 % = 504.0954
    const avant = calculerRemuneration({ ...base, dateReferenceSmic: "2017-12-31" });
    expect(avant.statut === "impossible" && avant.anomalies.map((a) => a.champ)).toEqual(["dateReferenceSmic"]);
  });

  it("ignore le SMC pour un employeur public", () => {
    const r = calculerRemuneration({ dateNaissance: "1995-05-05", dateDebutContrat: "2026-01-01", dateFinContrat: "2026-12-31", smc: 2500, employeurPublic: true });
    expect(r.statut === "calculee" && r.periodes.map((l) => [l.base, l.salaireBrut])).toEqual([["SMIC", 1823.03]]);
  });

  it("employeur public, conclu à partir du 27/04/2020 : minimum privé, majoration déclarée donnée à part", () => {
    const entree = { dateNaissance: "2007-03-14", dateDebutContrat: "2025-09-01", dateFinContrat: "2026-08-31", employeurPublic: true, niveauDiplomePrepare: 5, majorationPubliqueDeclaree: 10 };
    const r = calculerRemuneration(entree);
    if (r.statut !== "calculee") throw new Error("calcul impossible");
    // 18 ans : 43 % du SMIC 2025 (1 801,80 €) = 774,78 € ; avec 10 points : 53 % = 954,96 €
    expect(r.periodes[0]).toMatchObject({ tauxMinimal: 43, majorationPublique: 0, majorationDeclaree: 10, tauxAvecMajorationDeclaree: 53, salaireBrut: 774.78, salaireBrutAvecMajorationDeclaree: 954.96 });
    expect(r.secteurPublic).toEqual({ regime: "facultative", majorationDeclaree: 10 });
    expect(r.parametres.map((p) => `${p.id}@${p.dateEffet}`)).toContain("apprentissage.remuneration.majoration_secteur_public@2020-04-27");
  });

  it("employeur public, conclu jusqu'au 26/04/2020 : majoration obligatoire dans le minimum, la majoration déclarée n'est pas ajoutée en plus", () => {
    const r = calculerRemuneration({ dateNaissance: "2001-03-15", dateDebutContrat: "2020-05-04", dateFinContrat: "2021-05-03", dateConclusion: "2020-04-26", employeurPublic: true, niveauDiplomePrepare: 4, majorationPubliqueDeclaree: 10 });
    if (r.statut !== "calculee") throw new Error("calcul impossible");
    expect(r.periodes[0]).toMatchObject({ tauxGrille: 43, majorationPublique: 10, tauxMinimal: 53 });
    expect(r.periodes[0]?.majorationDeclaree).toBeUndefined();
    expect(r.secteurPublic).toEqual({ regime: "obligatoire_selon_niveau" });
  });

  it("apprenti RQTH : la 4e année est au taux de la 3e + 15 points, pas les précédentes", () => {
    const r = calculerRemuneration({ dateNaissance: "2007-03-14", dateDebutContrat: "2025-09-01", dateFinContrat: "2029-08-31", rqth: true });
    if (r.statut !== "calculee") throw new Error("calcul impossible");
    // 18 ans au début, 21 ans le 14/03/2028 : 3.1 = 67 % (18-20 ans), 3.2 = 78 % ; 4.1 = 78 + 15 = 93 %
    expect(r.periodes.map((l) => [l.numero, l.tauxGrille, l.tauxMinimal, l.majorationRqth])).toEqual([
      ["1.1", 43, 43, undefined],
      ["2.1", 51, 51, undefined],
      ["3.1", 67, 67, undefined],
      ["3.2", 78, 78, undefined],
      ["4.1", 78, 93, 15],
    ]);
    expect(r.parametres.map((p) => p.id)).toContain("apprentissage.remuneration.majoration_rqth_prolongation");
    const sansRqth = calculerRemuneration({ dateNaissance: "2007-03-14", dateDebutContrat: "2025-09-01", dateFinContrat: "2029-08-31" });
    expect(sansRqth.statut === "calculee" && sansRqth.periodes.at(-1)?.tauxMinimal).toBe(78);
  });
});

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
});

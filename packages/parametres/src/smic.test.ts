import { describe, expect, it } from "vitest";
import { revalorisationsSmic } from "./revalorisationsSmic";
import { smicHoraireMayotte } from "./smicHoraireMayotte";
import { smicHoraireMetropole } from "./smicHoraireMetropole";
import { smicMensuelMayotte } from "./smicMensuelMayotte";
import { smicMensuelMetropole } from "./smicMensuelMetropole";
import { valeurParametre } from "./valeurParametre";

/** Mensuel publié = horaire × 35 × 52 / 12 arrondi au centime (calcul en centièmes de centime pour éviter les erreurs binaires). */
function mensuelCalcule(horaire: number): number {
  return Math.round((Math.round(horaire * 100) * 35 * 52) / 12) / 100;
}

describe("SMIC métropole", () => {
  it("valeurs clés aux bornes", () => {
    expect(valeurParametre(smicHoraireMetropole, "2025-12-31")?.valeur).toBe(11.88);
    expect(valeurParametre(smicHoraireMetropole, "2026-01-01")?.valeur).toBe(12.02);
    expect(valeurParametre(smicHoraireMetropole, "2026-05-31")?.valeur).toBe(12.02);
    expect(valeurParametre(smicHoraireMetropole, "2026-06-01")?.valeur).toBe(12.31);
    expect(valeurParametre(smicMensuelMetropole, "2024-10-31")?.valeur).toBe(1766.92);
    expect(valeurParametre(smicMensuelMetropole, "2024-11-01")?.valeur).toBe(1801.8);
    expect(valeurParametre(smicMensuelMetropole, "2025-07-14")?.valeur).toBe(1801.8);
    expect(valeurParametre(smicMensuelMetropole, "2026-01-01")?.valeur).toBe(1823.03);
    expect(valeurParametre(smicMensuelMetropole, "2017-12-31")).toBeUndefined();
    expect(valeurParametre(smicMensuelMetropole, "2018-01-01")?.valeur).toBe(1498.47);
  });

  it("mensuel publié = horaire × 35 × 52 / 12 arrondi au centime, pour chaque date", () => {
    expect(smicMensuelMetropole.valeurs.map((v) => v.dateEffet)).toEqual(smicHoraireMetropole.valeurs.map((v) => v.dateEffet));
    smicHoraireMetropole.valeurs.forEach((h, i) => {
      expect(smicMensuelMetropole.valeurs[i]!.valeur, h.dateEffet).toBe(mensuelCalcule(h.valeur));
    });
  });

  it("porte la référence, la publication au JO et le statut du texte de revalorisation", () => {
    const janvier2026 = valeurParametre(smicHoraireMetropole, "2026-01-01")!;
    expect(janvier2026.references[0]?.identifiant).toBe("JORFTEXT000053042520");
    expect(janvier2026.statut).toBe("verifie");
    expect(smicHoraireMetropole.valeurs.find((v) => v.dateEffet === "2026-01-01")?.publieAuJO).toBe("2025-12-18");
    expect(valeurParametre(smicHoraireMetropole, "2026-06-01")?.statut).toBe("a_verifier");
    expect(valeurParametre(smicHoraireMetropole, "2022-05-01")?.statut).toBe("a_verifier");
    expect(valeurParametre(smicHoraireMetropole, "2018-06-01")?.statut).toBe("a_verifier");
  });

  it("chaque texte de revalorisation sert à une valeur, aucune revalorisation en 2025", () => {
    expect(revalorisationsSmic.map((r) => r.dateEffet)).toEqual(smicHoraireMetropole.valeurs.map((v) => v.dateEffet));
    expect(revalorisationsSmic.some((r) => r.dateEffet.startsWith("2025"))).toBe(false);
  });
});

describe("SMIC Mayotte", () => {
  it("valeurs clés aux bornes", () => {
    expect(valeurParametre(smicHoraireMayotte, "2025-12-31")?.valeur).toBe(8.98);
    expect(valeurParametre(smicHoraireMayotte, "2026-01-01")?.valeur).toBe(9.33);
    expect(valeurParametre(smicMensuelMayotte, "2024-09-01")?.valeur).toBe(1334.67);
    expect(valeurParametre(smicMensuelMayotte, "2026-06-01")?.valeur).toBe(1449.93);
    expect(valeurParametre(smicMensuelMayotte, "2017-12-31")).toBeUndefined();
  });

  it("toutes les valeurs Mayotte sont à vérifier", () => {
    for (const p of [smicHoraireMayotte, smicMensuelMayotte]) {
      for (const v of p.valeurs) expect(v.statut, `${p.id} ${v.dateEffet}`).toBe("a_verifier");
    }
  });

  it("mensuel = horaire × 35 × 52 / 12 sauf les deux écarts 2021 signalés par la spécification", () => {
    const ecarts: string[] = [];
    smicHoraireMayotte.valeurs.forEach((h, i) => {
      if (smicMensuelMayotte.valeurs[i]!.valeur !== mensuelCalcule(h.valeur)) ecarts.push(h.dateEffet);
    });
    expect(ecarts).toEqual(["2021-01-01", "2021-10-01"]);
    for (const d of ecarts) expect(smicMensuelMayotte.valeurs.find((v) => v.dateEffet === d)?.notes).toMatch(/à vérifier/);
  });
});

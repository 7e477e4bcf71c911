import { describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

function contexteCapture() {
  const contexte = contexteCliCapture();
  return { contexte, sortie: () => contexte.sortie.join(""), erreurs: () => contexte.erreurs.join("") };
}

async function opco(...args: string[]) {
  const c = contexteCapture();
  const code = await executerCli(["remuneration", ...args], c.contexte);
  return { code, sortie: c.sortie(), erreurs: c.erreurs() };
}

describe("opco remuneration", () => {
  it("produit le JSON du vecteur A (remuneration.md §7)", async () => {
    const r = await opco("--naissance", "2008-01-10", "--debut", "2024-09-01", "--fin", "2026-08-31", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.sortie)).toEqual({
      smic: { dateEffet: "2024-01-01", mensuel: 1766.92 },
      periodes: [
        { annee: 1, numero: "1.1", debut: "2024-09-01", fin: "2025-08-31", taux: 27, tauxMinimal: 27, base: "SMIC", salaireBrut: 477.07 },
        { annee: 2, numero: "2.1", debut: "2025-09-01", fin: "2026-01-31", taux: 39, tauxMinimal: 39, base: "SMIC", salaireBrut: 689.1 },
        { annee: 2, numero: "2.2", debut: "2026-02-01", fin: "2026-08-31", taux: 51, tauxMinimal: 51, base: "SMIC", salaireBrut: 901.13 },
      ],
    });
  });

  it("applique le SMC à partir de 21 ans (vecteur C) et le SMIC de Mayotte pour le 976 (vecteur G)", async () => {
    const c = await opco("--naissance", "2003-11-20", "--debut", "2024-09-01", "--fin", "2026-08-31", "--smc", "2000", "--json");
    expect(JSON.parse(c.sortie).periodes.map((p: { base: string; salaireBrut: number }) => [p.base, p.salaireBrut])).toEqual([
      ["SMIC", 759.78],
      ["SMC", 1060],
      ["SMC", 1220],
    ]);
    const g = await opco("--naissance", "2005-06-10", "--debut", "2024-09-01", "--fin", "2025-08-31", "--departement", "976", "--json");
    expect(JSON.parse(g.sortie)).toMatchObject({ smic: { dateEffet: "2024-01-01", mensuel: 1334.67 }, periodes: [{ numero: "1.1", taux: 43, salaireBrut: 573.91 }] });
  });

  it("affiche un tableau lisible en français", async () => {
    const r = await opco("--naissance", "2003-11-20", "--debut", "2024-09-01", "--fin", "2026-08-31", "--smc", "2000,00", "--departement", "69");
    expect(r.code).toBe(0);
    expect(r.sortie).toContain("SMIC mensuel de référence : 1 766,92 € (métropole, en vigueur depuis le 01/01/2024)");
    expect(r.sortie).toContain("Salaire minimum conventionnel : 2 000,00 €");
    expect(r.sortie).toMatch(/1\.2 +01\/12\/2024 +31\/08\/2025 +21 à 25 ans +53 % +SMC +1 060,00 €/);
    expect(r.sortie).toContain("Salaire brut d'embauche : 759,78 €");
  });

  it("ajoute l'échéancier mensuel avec les revalorisations du SMIC", async () => {
    const r = await opco("--naissance", "2008-01-10", "--debut", "2024-09-01", "--fin", "2026-08-31", "--echeancier", "--json");
    const echeancier = JSON.parse(r.sortie).echeancier as { mois: string; salaireBrut: number; smic: { mensuel: number } }[];
    expect(echeancier).toHaveLength(24);
    expect(echeancier.find((e) => e.mois === "2026-01")).toMatchObject({ smic: { mensuel: 1823.03 }, salaireBrut: 710.99 });
    const texte = await opco("--naissance", "2008-01-10", "--debut", "2024-09-01", "--fin", "2026-08-31", "--echeancier");
    expect(texte.sortie).toMatch(/2026-06 +01\/06\/2026 +30\/06\/2026 +2\.2 +51 % +SMIC +1 867,02 € +952,19 €/);
  });

  it("prend en compte une durée réduite (--annee-debut)", async () => {
    const r = await opco("--naissance", "2004-05-01", "--debut", "2025-09-01", "--fin", "2026-08-31", "--annee-debut", "2", "--json");
    expect(JSON.parse(r.sortie).periodes).toMatchObject([{ annee: 2, numero: "2.1", taux: 61, salaireBrut: 1099.1 }]);
  });

  it("applique la majoration du secteur public (--public --niveau 4)", async () => {
    const r = await opco("--naissance", "2004-03-15", "--debut", "2025-09-01", "--fin", "2027-08-31", "--public", "--niveau", "4", "--smc", "2500", "--json");
    expect(JSON.parse(r.sortie).periodes.map((p: { taux: number; base: string }) => [p.taux, p.base])).toEqual([
      [63, "SMIC"],
      [71, "SMIC"],
    ]);
  });

  it.each([
    [["--debut", "2024-09-01", "--fin", "2026-08-31"], "--naissance est obligatoire"],
    [["--naissance", "10/01/2008", "--debut", "2024-09-01", "--fin", "2026-08-31"], "--naissance attend une date"],
    [["--naissance", "2008-01-10", "--debut", "2024-09-01", "--fin", "2024-08-31"], "la date de fin du contrat précède sa date de début"],
    [["--naissance", "2008-01-10", "--debut", "2024-02-30", "--fin", "2026-08-31"], "date AAAA-MM-JJ existante"],
    [["--naissance", "2008-01-10", "--debut", "2024-09-01", "--fin", "2026-08-31", "--smc", "abc"], "--smc attend un montant"],
    [["--naissance", "2008-01-10", "--debut", "2024-09-01", "--fin", "2026-08-31", "--departement", "7500"], "--departement attend"],
    [["--naissance", "2008-01-10", "--debut", "2024-09-01", "--fin", "2026-08-31", "--inconnue"], "option inconnue"],
    [["--naissance", "2008-01-10", "--debut", "2024-09-01", "--fin", "2026-08-31", "--public", "--niveau", "9"], "--niveau attend"],
    [["--naissance", "2000-01-10", "--debut", "2016-09-01", "--fin", "2017-08-31"], "aucune valeur du SMIC"],
  ])("sort avec le code 2 pour une erreur d'utilisation (%j)", async (args, message) => {
    const r = await opco(...args);
    expect(r.code).toBe(2);
    expect(r.erreurs).toContain(message);
    expect(r.sortie).toBe("");
  });
});

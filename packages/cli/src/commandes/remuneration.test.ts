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
  it("produit le JSON du vecteur A", async () => {
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

  it("employeur public, contrat conclu à partir du 27/04/2020 : minimum privé et majoration déclarée à part (--public --majoration 10)", async () => {
    const sans = await opco("--naissance", "2004-03-15", "--debut", "2025-09-01", "--fin", "2027-08-31", "--public", "--niveau", "4", "--smc", "2500", "--json");
    const json = JSON.parse(sans.sortie);
    expect(json.periodes.map((p: { taux: number; base: string }) => [p.taux, p.base])).toEqual([
      [53, "SMIC"],
      [61, "SMIC"],
    ]);
    expect(json.secteurPublic).toEqual({ regime: "facultative" });
    const avec = await opco("--naissance", "2004-03-15", "--debut", "2025-09-01", "--fin", "2027-08-31", "--public", "--majoration", "10", "--json");
    // SMIC 2024-11-01 : 1 801,80 € ; 53 % = 954,96 € ; 63 % = 1 135,14 €
    expect(JSON.parse(avec.sortie).periodes[0]).toMatchObject({ taux: 53, tauxMinimal: 53, salaireBrut: 954.96, majorationDeclaree: 10, tauxAvecMajorationDeclaree: 63, salaireBrutAvecMajorationDeclaree: 1135.14 });
    const texte = await opco("--naissance", "2004-03-15", "--debut", "2025-09-01", "--fin", "2027-08-31", "--public", "--majoration", "10");
    expect(texte.sortie).toContain("minimum légal = grille du secteur privé");
    expect(texte.sortie).toContain("Majoration facultative déclarée : + 10 points");
    expect(texte.sortie).toMatch(/1\.1 +01\/09\/2025 +31\/08\/2026 +21 à 25 ans +53 % +SMIC +954,96 € +63 % +1 135,14 €/);
  });

  it("employeur public, contrat conclu le 26/04/2020 : majoration obligatoire incluse ; le 27/04/2020 : grille privée", async () => {
    const args = ["--naissance", "2001-03-15", "--debut", "2020-05-04", "--fin", "2021-05-03", "--public", "--niveau", "4", "--json"];
    const avant = JSON.parse((await opco(...args, "--conclusion", "2020-04-26")).sortie);
    expect(avant.periodes.map((p: { taux: number }) => p.taux)).toEqual([53]);
    expect(avant.secteurPublic).toEqual({ regime: "obligatoire_selon_niveau" });
    const apres = JSON.parse((await opco(...args, "--conclusion", "2020-04-27")).sortie);
    expect(apres.periodes.map((p: { taux: number }) => p.taux)).toEqual([43]);
  });

  it("apprenti RQTH (--rqth) : 4e année au taux de la 3e + 15 points", async () => {
    const r = await opco("--naissance", "2007-03-14", "--debut", "2025-09-01", "--fin", "2029-08-31", "--rqth", "--json");
    expect(JSON.parse(r.sortie).periodes.at(-1)).toMatchObject({ numero: "4.1", taux: 93, majorationRqth: 15 });
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
    [["--naissance", "2008-01-10", "--debut", "2024-09-01", "--fin", "2026-08-31", "--public", "--majoration", "15"], "--majoration attend 0, 10 ou 20"],
    [["--naissance", "2008-01-10", "--debut", "2024-09-01", "--fin", "2026-08-31", "--majoration", "10"], "--majoration ne s'emploie qu'avec --public"],
    [["--naissance", "2000-01-10", "--debut", "2016-09-01", "--fin", "2017-08-31"], "aucune valeur du SMIC"],
  ])("sort avec le code 2 pour une erreur d'utilisation (%j)", async (args, message) => {
    const r = await opco(...args);
    expect(r.code).toBe(2);
    expect(r.erreurs).toContain(message);
    expect(r.sortie).toBe("");
  });
});

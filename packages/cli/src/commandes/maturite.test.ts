import { capaciteDisponible, type CapaciteApiOpco } from "@communs-opco/adaptateur-api-convergence";
import { afdas } from "@communs-opco/adaptateur-afdas";
import type { CapaciteOpco, ClassementMaturite } from "@communs-opco/formulaire";
import { describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";
import { matricesOpco } from "../maturite/matricesOpco";

function contexte() {
  return contexteCliCapture();
}

async function classements(date: string): Promise<ClassementMaturite[]> {
  const c = contexte();
  expect(await executerCli(["maturite", "--date", date, "--json"], c)).toBe(0);
  return JSON.parse(c.sortie.join("")) as ClassementMaturite[];
}

describe("opco maturite", () => {
  it("les matrices réelles des adaptateurs satisfont le type structurel de la classification", () => {
    // vérifié à la compilation : CapaciteApiOpco (adaptateurs) est assignable à CapaciteOpco (formulaire)
    const capacites: readonly CapaciteOpco[] = afdas.capacites;
    expect(capacites.map((c) => c.capacite).sort()).toEqual(["certificats", "contrats_v1", "contrats_v2", "conventions", "etats_factures", "factures"]);
    expect(matricesOpco()).toHaveLength(11);
    expect(new Set(matricesOpco().map((m) => m.opco)).size).toBe(11);
  });

  it("classe les 11 OPCO d'après leurs matrices réelles (§1.9, au 2026-11-26)", async () => {
    const r = await classements("2026-11-26");
    const niveaux = Object.fromEntries(r.map((c) => [c.opco, c.niveau]));
    expect(r).toHaveLength(11);
    // v2 et états de factures en production : AKTO, ATLAS, L'Opcommerce, OCAPIAT, OPCO Mobilités
    const niveau3 = r.filter((c) => c.niveau === 3).map((c) => c.nom);
    expect(niveau3).toHaveLength(5);
    // OPCO Santé : contrats en développement
    expect(r.find((c) => c.nom === "OPCO Santé")?.niveau).toBe(0);
    // AFDAS : v1 seulement, mais conventions et certificats en production au-delà du niveau
    const afdas = r.find((c) => c.nom === "AFDAS");
    expect(afdas?.niveau).toBe(1);
    expect(afdas?.auDela).toEqual(["factures", "conventions", "certificats"]);
    expect(afdas?.confiance).toBe("S");
    expect(afdas?.constateLe).toEqual(["2026-07-28"]);
    expect(Object.values(niveaux).filter((n) => n === 1)).toHaveLength(5);
    // aucun OPCO au niveau 4 : seul AFDAS a les certificats, sans le protocole v2
    expect(r.some((c) => c.niveau === 4)).toBe(false);
    // cohérence avec capaciteDisponible des adaptateurs
    for (const m of matricesOpco()) {
      const c = r.find((x) => x.opco === m.opco);
      expect(c?.niveau !== 0).toBe(capaciteDisponible(m.capacites as readonly CapaciteApiOpco[], "contrats_v1", "2026-11-26") === true);
    }
  });

  it("avant le constat de la matrice, les capacités sans date de mise en production sont indéterminées", async () => {
    const r = await classements("2025-09-01");
    const akto = r.find((c) => c.nom === "AKTO");
    expect(akto?.niveau).toBe(0);
    expect(akto?.niveauMaximal).toBe(3);
    expect(akto?.criteres.find((c) => c.capacite === "contrats_v1")?.statut).toBe("indetermine");
  });

  it("affiche la matrice et les niveaux en français", async () => {
    const c = contexte();
    expect(await executerCli(["maturite", "--date", "2026-11-26"], c)).toBe(0);
    const texte = c.sortie.join("");
    expect(texte).toContain("Maturité des SI des OPCO (API Convergence) au 2026-11-26");
    expect(texte).toMatch(/AFDAS\s+✔\s+✘\s+✔\s+D\s+✔\s+✔\s+1 — Dépôt de contrats v1/);
    expect(texte).toContain("niveau 2 non atteint : dépôt de contrats v2 en recette au 2026-07-28");
    // en-têtes lisibles, jamais les identifiants bruts des capacités
    expect(texte).toMatch(/ {2}OPCO +Contrats v1 +Contrats v2 +Factures +États fact\. +Conventions +Certificats +Niveau\n/);
    expect(texte).not.toMatch(/contrats_v\d|etats_factures/);
  });

  it("refuse une date mal formée (code 2)", async () => {
    const c = contexte();
    expect(await executerCli(["maturite", "--date", "26/11/2026"], c)).toBe(2);
    expect(c.erreurs.join("")).toContain("date invalide");
  });
});

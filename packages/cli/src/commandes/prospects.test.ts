import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

/** Établissement qui embauche `c` apprentis chaque semestre pendant 6 ans avant le 2026-07-01. */
function ligne(siret: string, c: number, effectif: number, autres: Record<string, unknown>): string {
  const embauches = [];
  for (let j = 0; j < 12; j++) {
    const mois = 7 - 6 * (j + 1);
    const annee = 2026 + Math.floor((mois - 1) / 12);
    const m = ((((mois - 1) % 12) + 12) % 12) + 1;
    const date = `${annee}-${String(m).padStart(2, "0")}-15`;
    for (let k = 0; k < c; k++) embauches.push({ date, typeContrat: 11 });
  }
  return JSON.stringify({ siret, departement: "69", effectif, romes: [], embauches, ...autres });
}

let dossier: string;
beforeAll(async () => {
  dossier = await mkdtemp(join(tmpdir(), "opco-prospects-"));
  // Même exemple que le test de la bibliothèque : y = embauches_s1 exactement, scores 50,5 ; 15 ; 10 ; 5.
  const lignes = [
    ligne("51234567800019", 12, 30, { idcc: "1979", romes: ["G1602"], raisonSociale: "BRASSERIE DES TERREAUX" }),
    ligne("69012345600012", 3, 7, { idcc: "1516", romes: ["G1703"], raisonSociale: "HOTEL BELLECOUR" }),
    ligne("80123456700015", 2, 12, { opco: "AKTO", romes: ["D1102"] }),
    ligne("33012345600015", 1, 5, { idcc: "1486", romes: ["M1805"] }),
  ];
  await writeFile(join(dossier, "historique.jsonl"), `${lignes.join("\n")}\n`);
  await writeFile(join(dossier, "abime.jsonl"), `${lignes.join("\n")}\n{oups\n{"siret":"1","departement":"69","effectif":1,"embauches":[]}\n`);
});
afterAll(async () => {
  await rm(dossier, { recursive: true, force: true });
});

describe("opco prospects", () => {
  it("sans --historique, emploie un historique synthétique reproductible et le dit", async () => {
    const c = contexteCliCapture();
    expect(await executerCli(["prospects", "--opco", "akto", "--limite", "3"], c)).toBe(0);
    const texte = c.sortie.join("");
    expect(texte).toContain("ATTENTION : historique SYNTHÉTIQUE (graine 2026, 480 établissements fictifs)");
    expect(texte).toContain("Prospects AKTO");
    expect(texte).toMatch(/ {2}1\. \d{14} {2}\S.* score \d+,\d ★/);
    const d = contexteCliCapture();
    await executerCli(["prospects", "--opco", "akto", "--json"], d);
    const e = contexteCliCapture();
    await executerCli(["prospects", "--opco", "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre", "--json"], e);
    expect(JSON.parse(d.sortie.join(""))).toEqual(JSON.parse(e.sortie.join("")));
    const json = JSON.parse(d.sortie.join("")) as { source: { type: string }; prospects: { bonneBoite: boolean; score: number }[] };
    expect(json.source.type).toBe("synthetique");
    expect(json.prospects.length).toBeGreaterThan(0);
    expect(json.prospects.every((p) => p.bonneBoite && p.score >= 50)).toBe(true);
  });

  it("lit un historique JSONL et reproduit l'exemple calculé à la main", async () => {
    const c = contexteCliCapture({ repertoire: dossier });
    expect(await executerCli(["prospects", "--opco", "akto", "--historique", "historique.jsonl", "--minimum", "3", "--tous", "--json"], c)).toBe(0);
    const json = JSON.parse(c.sortie.join("")) as {
      dateReference: string;
      comptes: Record<string, number>;
      prospects: { siret: string; rattachement: string; score: number; explication: { embauchesPredites: number; constante: number; caracteristiques: { nom: string; coefficient: number }[] } }[];
    };
    // Dernière embauche le 2026-01-15 → semestre à prédire à partir du 2026-02-01 (1er du mois suivant).
    expect(json.dateReference).toBe("2026-02-01");
    expect(json.comptes).toEqual({ perimetre: 3, filtres: 3, notes: 3, exclus: 0, indetermines: 0, sousSeuil: 2 });
    expect(json.prospects.map((p) => [p.siret, p.rattachement, Math.round(p.score * 10) / 10])).toEqual([
      ["51234567800019", "idcc", 50.5],
      ["69012345600012", "idcc", 15],
      ["80123456700015", "declare", 10],
    ]);
    const premiere = json.prospects[0]?.explication;
    expect(premiere?.embauchesPredites).toBeCloseTo(12, 9);
    expect(premiere?.caracteristiques[0]?.nom).toBe("embauches_s1");
    expect(premiere?.caracteristiques[0]?.coefficient).toBeCloseTo(1, 9);

    const t = contexteCliCapture({ repertoire: dossier });
    expect(await executerCli(["prospects", "--opco", "akto", "--historique", "historique.jsonl", "--minimum", "3", "--date", "2026-07-01", "--rome", "g1602"], t)).toBe(0);
    const texte = t.sortie.join("");
    expect(texte).toContain("Historique : historique.jsonl — 4 ligne(s), 4 valide(s), 0 invalide(s), 0 illisible(s).");
    expect(texte).toContain("Prospects AKTO (ROME G1602) — semestre à prédire à partir du 2026-07-01");
    expect(texte).toContain("1. 51234567800019  BRASSERIE DES TERREAUX  dép. 69  score 50,5 ★");
    expect(texte).toContain("12,00 embauche(s) prédite(s) (arrondi 12,0) = constante 0,00 + embauches_s1 12 × 1,000 = 12,00");
  });

  it("signale les lignes invalides et illisibles (code 1) sans perdre les valides", async () => {
    const c = contexteCliCapture({ repertoire: dossier });
    expect(await executerCli(["prospects", "--opco", "akto", "--historique", "abime.jsonl", "--minimum", "3"], c)).toBe(1);
    expect(c.sortie.join("")).toContain("6 ligne(s), 4 valide(s), 1 invalide(s), 1 illisible(s)");
    expect(c.erreurs.join("")).toContain("ligne 5 illisible");
    expect(c.erreurs.join("")).toContain("ligne 6 invalide : siret : SIRET invalide");
  });

  it("--historique - lit l'historique sur l'entrée standard", async () => {
    const c = contexteCliCapture({ repertoire: dossier, entree: readFileSync(join(dossier, "abime.jsonl")) });
    expect(await executerCli(["prospects", "--opco", "akto", "--historique", "-", "--minimum", "3"], c)).toBe(1);
    expect(c.sortie.join("")).toContain("Historique : entrée standard — 6 ligne(s), 4 valide(s), 1 invalide(s), 1 illisible(s)");
    expect(c.erreurs.join("")).toContain("ligne 5 illisible");
  });

  it("refuse une utilisation incorrecte (code 2)", async () => {
    for (const args of [
      ["prospects"],
      ["prospects", "--opco", "inconnu-du-bataillon"],
      ["prospects", "--opco", "akto", "--date", "2026-02-30"],
      ["prospects", "--opco", "akto", "--rome", "1602"],
      ["prospects", "--opco", "akto", "--historique", "absent.jsonl"],
      ["prospects", "--opco", "akto", "--limite", "0"],
    ]) {
      const c = contexteCliCapture({ repertoire: dossier });
      expect(await executerCli(args, c)).toBe(2);
    }
  });
});

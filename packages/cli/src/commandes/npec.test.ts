import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

const dossiers: string[] = [];
afterAll(async () => {
  for (const d of dossiers) await rm(d, { recursive: true, force: true });
});

describe("opco npec", () => {
  it("RNCP1002 × IDCC 478 au 2024-09-01 : 9 497 € (classeur France compétences du 15.07.2024)", async () => {
    const c = contexteCliCapture();
    expect(await executerCli(["npec", "--rncp", "RNCP1002", "--idcc", "478", "--date", "2024-09-01", "--json"], c)).toBe(0);
    expect(JSON.parse(c.sortie.join(""))).toEqual({
      rncp: "RNCP1002",
      idcc: "0478",
      cpne: { code: "2", libelle: "CNPE des sociétés financières" },
      npecAnnuel: 9497,
      statut: "A",
      dateApplicabilite: "2024-07-15",
      source: { nom: "Référentiel NPEC (France compétences)", fichier: "Referentiel-des-NPEC-15.07.2024_vMAJ-18.07.2024.xlsx", ligne: 5, date: "2024-07-15" },
    });
  });

  it("affichage texte en français", async () => {
    const c = contexteCliCapture();
    expect(await executerCli(["npec", "--rncp", "1002", "--idcc", "0478", "--date", "2024-09-01"], c)).toBe(0);
    const texte = c.sortie.join("");
    expect(texte).toContain("NPEC applicable : 9 497 € par an");
    expect(texte).toContain("IDCC 0478 → CPNE 2 « CNPE des sociétés financières »");
  });

  it("code 1 et message français quand aucun NPEC ne s'applique", async () => {
    const c = contexteCliCapture();
    expect(await executerCli(["npec", "--rncp", "RNCP1002", "--idcc", "478", "--date", "2019-01-01"], c)).toBe(1);
    expect(c.erreurs.join("")).toMatch(/^opco npec : aucun NPEC applicable au 2019-01-01 pour RNCP1002 et l'IDCC 0478/);
    const nc = contexteCliCapture();
    expect(await executerCli(["npec", "--rncp", "RNCP1002", "--idcc", "1801", "--date", "2024-09-01", "--json"], nc)).toBe(1);
    // IDCC 1801 sans CPNE dans l'extrait embarqué du référentiel NPEC : rien n'est prouvé
    expect(JSON.parse(nc.sortie.join(""))).toMatchObject({ statut: "indisponible", source: { couverture: "extrait" } });
    expect(nc.erreurs.join("")).toMatch(/^opco npec : NPEC non vérifiable au 2024-09-01 pour RNCP1002 et l'IDCC 1801 \(référentiel incomplet ou absent\)/);
  });

  it("cellule combinée RNCP31946/RNCP36989 (ligne 7) et ligne à code unique RNCP36989 (ligne 8) : la ligne exacte prime, l'autre valeur est notée", async () => {
    const texte = contexteCliCapture();
    expect(await executerCli(["npec", "--rncp", "RNCP36989", "--idcc", "478", "--date", "2024-01-01"], texte)).toBe(0);
    const sortie = texte.sortie.join("");
    expect(sortie).toContain("NPEC applicable : 8 502 € par an");
    expect(sortie).toContain("source : Référentiel NPEC (France compétences), Referentiel-des-NPEC_vMAJ-09.04.2024.xlsx, ligne 8");
    expect(sortie).toContain("  note : Valeur de la ligne à code unique retenue (Referentiel-des-NPEC_vMAJ-09.04.2024.xlsx, ligne 8 : 8502 €) ; la ligne 7 de Referentiel-des-NPEC_vMAJ-09.04.2024.xlsx (RNCP31946/RNCP36989) donne 7750 €");
    const json = contexteCliCapture();
    expect(await executerCli(["npec", "--rncp", "RNCP36989", "--idcc", "478", "--date", "2024-01-01", "--json"], json)).toBe(0);
    expect(JSON.parse(json.sortie.join(""))).toMatchObject({
      npecAnnuel: 8502,
      source: { ligne: 8 },
      valeursEcartees: [{ npecAnnuel: 7750, codesLigne: ["RNCP31946", "RNCP36989"], source: { fichier: "Referentiel-des-NPEC_vMAJ-09.04.2024.xlsx", ligne: 7 } }],
      note: expect.stringContaining("écartée"),
    });
  });

  it("code 2 sur erreur d'utilisation", async () => {
    for (const args of [
      ["npec", "--rncp", "RNCP1002", "--idcc", "478"],
      ["npec", "--rncp", "RS5000", "--idcc", "478", "--date", "2024-09-01"],
      ["npec", "--rncp", "RNCP1002", "--idcc", "478", "--date", "2024-02-30"],
      ["npec", "--rncp", "RNCP1002", "--idcc", "abc", "--date", "2024-09-01"],
      ["npec", "--inconnue"],
    ]) {
      const c = contexteCliCapture();
      expect(await executerCli(args, c), args.join(" ")).toBe(2);
      expect(c.erreurs.join("")).toMatch(/^opco npec : /);
    }
  });

  it("--referentiel sur un dossier sans instantané : erreur d'utilisation", async () => {
    const dossier = await mkdtemp(join(tmpdir(), "npec-"));
    dossiers.push(dossier);
    const c = contexteCliCapture({ repertoire: dossier });
    expect(await executerCli(["npec", "--rncp", "RNCP1002", "--idcc", "478", "--date", "2024-09-01", "--referentiel", "."], c)).toBe(2);
    expect(c.erreurs.join("")).toContain("fichier absent");
  });
});

import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";
import { dossierDonneesPartagees } from "@communs-opco/test-support";

const DONNEES = dossierDonneesPartagees();

function contexte(repertoire: string) {
  return contexteCliCapture({ repertoire });
}

const D = DONNEES;
const dossiers: string[] = [];
async function dossierTemporaire(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), "referentiel-"));
  dossiers.push(d);
  return d;
}
afterAll(async () => {
  for (const d of dossiers) await rm(d, { recursive: true, force: true });
});

describe("opco referentiel", () => {
  it("importe des éditions NPEC dans un instantané local puis « opco npec --referentiel » l'utilise", async () => {
    const dossier = await dossierTemporaire();
    const c = contexte(dossier);
    const code = await executerCli(
      ["referentiel", "importer", "npec", `${D}/npec/Referentiel-des-NPEC_vMAJ-09.04.2024.xlsx`, `${D}/npec/Referentiel-des-NPEC-15.07.2024_vMAJ-18.07.2024.xlsx`, "--dossier", "ref"],
      c,
    );
    expect(code).toBe(0);
    const sortie = c.sortie.join("");
    expect(sortie).toContain("Referentiel-des-NPEC_vMAJ-09.04.2024.xlsx : 5 lignes lues, 5 retenues, 0 rejetées, 0 ignorées → 5 enregistrements");
    expect(sortie).toContain(`Instantané écrit : ${join(dossier, "ref", "instantane.json.gz")}`);
    expect(c.erreurs.join("")).toContain("Import npec : Referentiel-des-NPEC-15.07.2024_vMAJ-18.07.2024.xlsx");

    const n = contexte(dossier);
    expect(await executerCli(["npec", "--rncp", "RNCP1002", "--idcc", "478", "--date", "2024-09-01", "--referentiel", "ref", "--json"], n)).toBe(0);
    expect(JSON.parse(n.sortie.join(""))).toMatchObject({ npecAnnuel: 9497, dateApplicabilite: "2024-07-15" });

    const i = contexte(dossier);
    expect(await executerCli(["referentiel", "info", "--referentiel", "ref", "--json"], i)).toBe(0);
    const description = JSON.parse(i.sortie.join(""));
    expect(description.effectifs).toMatchObject({ valeursNpec: 6, editionsNpec: 2 });
    expect(description.sources).toHaveLength(2);
  });

  it("met à jour un instantané existant et affiche les rejets avec leur ligne (Kit complet)", async () => {
    const dossier = await dossierTemporaire();
    expect(await executerCli(["referentiel", "importer", "kali", `${D}/kali/sample.xlsx`, "--dossier", "."], contexte(dossier))).toBe(0);
    const c = contexte(dossier);
    expect(await executerCli(["referentiel", "importer", "kit", `${D}/kit-apprentissage/snapshot/Kit_apprentissage_20250131.xlsx`, "--dossier", "."], c)).toBe(0);
    const sortie = c.sortie.join("");
    expect(sortie).toContain("6 822 lignes lues, 6 791 retenues, 31 rejetées");
    expect(sortie).toContain("rejet Kit Apprentissage ligne 183 [Code RNCP] : pas de fiche RNCP (NR)");
    expect(sortie).toContain("… et 11 autres rejets");
    const i = contexte(dossier);
    await executerCli(["referentiel", "info", "--referentiel", ".", "--json"], i);
    expect(JSON.parse(i.sortie.join("")).effectifs).toMatchObject({ conventionsKali: 2, cfdRncp: 6791 });
  });

  it("code 1 pour un fichier au mauvais format, les autres étant importés", async () => {
    const dossier = await dossierTemporaire();
    const c = contexte(dossier);
    expect(await executerCli(["referentiel", "importer", "kali", `${D}/dares/ccn/sample.xlsx`, `${D}/kali/sample.xlsx`, "--json"], c)).toBe(1);
    const bilan = JSON.parse(c.sortie.join(""));
    expect(bilan.fichiers.map((f: { statut: string }) => f.statut)).toEqual(["echec", "importe"]);
    expect(c.erreurs.join("")).toContain("en-tête introuvable");
  });

  it("décrit l'instantané embarqué", async () => {
    const c = contexte(process.cwd());
    expect(await executerCli(["referentiel", "info"], c)).toBe(0);
    expect(c.sortie.join("")).toContain("npec                Referentiel-des-NPEC-15.07.2024_vMAJ-18.07.2024.xlsx (données du 2024-07-15)");
  });

  it("code 2 sur erreur d'utilisation", async () => {
    const dossier = await dossierTemporaire();
    for (const args of [["referentiel"], ["referentiel", "exporter"], ["referentiel", "importer", "inconnu", "x.csv"], ["referentiel", "importer", "kali"], ["referentiel", "importer", "kali", "absent.xlsx"]]) {
      const c = contexte(dossier);
      expect(await executerCli(args, c), args.join(" ")).toBe(2);
      expect(c.erreurs.join("")).toMatch(/^opco referentiel : /);
    }
  });
});

describe("opco referentiel importer : mauvais fichier (issue 13, défaut 10)", () => {
  it("un classeur d'un autre type ou un CSV donné comme npec : code 1, raison en français, aucun instantané vide écrit", async () => {
    for (const mauvais of [`${D}/kit-apprentissage/Kit_apprentissage_20240625.xlsx`, `${D}/opco-rncp/akto.csv`]) {
      const dossier = await dossierTemporaire();
      const c = contexte(dossier);
      expect(await executerCli(["referentiel", "importer", "npec", mauvais, "--dossier", "ref"], c), mauvais).toBe(1);
      expect(c.erreurs.join("")).toMatch(/aucun enregistrement npec reconnu|fichier illisible comme « npec »|classeur refusé \(archive ZIP refusée : aucune entrée lisible\)/);
      expect(c.erreurs.join("")).not.toContain("erreur inattendue");
      expect(existsSync(join(dossier, "ref"))).toBe(false);
    }
  });
});

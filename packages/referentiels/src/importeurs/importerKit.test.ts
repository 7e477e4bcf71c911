import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importerKit } from "./importerKit";
import { dossierDonneesPartagees } from "@communs-opco/test-support";

const DONNEES = dossierDonneesPartagees();

const DOSSIER = `${DONNEES}/kit-apprentissage`;

describe("importerKit", () => {
  it("Kit complet du 31/01/2025 : 6 822 lignes, couples NR rejetés avec leur ligne", async () => {
    const r = await importerKit(`${DOSSIER}/snapshot/Kit_apprentissage_20250131.xlsx`);
    expect(r.statistiques).toEqual({ lignesLues: 6822, lignesRetenues: 6791, lignesRejetees: 31, lignesIgnorees: 0, enregistrements: 6791 });
    expect(r.rejets[0]).toEqual({ fichier: "Kit_apprentissage_20250131.xlsx", feuille: "Kit Apprentissage", ligne: 183, champ: "Code RNCP", raison: "pas de fiche RNCP (NR)" });
    expect(r.enregistrements.find((c) => c.cfd === "01022103")).toEqual({
      cfd: "01022103",
      rncp: "RNCP37566",
      accesApprentissage: true,
      actif: true,
      dateEcheance: "2026-08-31",
      versionKit: "v1.0",
      intitule: "EMPLOYE TRAITEUR (MC NIVEAU III)",
    });
  });

  it("lit les 24 CSV historiques (v1.0 à 2024), en-têtes renommés et en-tête multiligne", async () => {
    const fichiers = readdirSync(`${DOSSIER}/multiple_files`);
    expect(fichiers).toHaveLength(24);
    for (const f of fichiers) {
      const r = await importerKit(`${DOSSIER}/multiple_files/${f}`);
      expect(r.statistiques.lignesRejetees, f).toBe(0);
      expect(r.enregistrements.length, f).toBeGreaterThan(0);
      expect(r.enregistrements[0]?.cfd, f).toBe("17021006");
    }
    const v10 = await importerKit(`${DOSSIER}/multiple_files/Kit apprentissage et RNCP v1.0.csv`);
    expect(v10.enregistrements.map((c) => c.rncp)).toEqual(["RNCP1997", "RNCP11532", "RNCP5912"]);
    const r2024 = await importerKit(`${DOSSIER}/multiple_files/Kit_apprentissage_20240329.csv`);
    expect(r2024.enregistrements[0]).toMatchObject({ accesApprentissage: true, actif: true, dateEcheance: "2025-01-01" });
  });
});

import { describe, expect, it } from "vitest";
import { catalogueParametres } from "./catalogueParametres";
import { documentationParametres } from "./documentationParametres";
import { grilleRemunerationApprenti } from "./grilleRemunerationApprenti";
import { smicHoraireMetropole } from "./smicHoraireMetropole";

describe("documentationParametres", () => {
  const doc = documentationParametres(catalogueParametres);

  it("a une section par paramètre et une ligne par valeur datée", () => {
    for (const p of catalogueParametres) {
      expect(doc).toContain(`## ${p.id}\n`);
      const section = doc.split(`## ${p.id}\n`)[1]!.split("\n## ")[0]!;
      const lignes = section.split("\n").filter((l) => /^\| \d{4}-\d{2}-\d{2} \|/.test(l));
      expect(lignes.map((l) => l.slice(2, 12))).toEqual(p.valeurs.map((v) => v.dateEffet));
    }
  });

  it("rend les montants en français, les références, le statut et la date de vérification", () => {
    const smic = documentationParametres([smicHoraireMetropole]);
    expect(smic).toContain("| 2026-01-01 | 12,02 | EUR/heure | [Décret n° 2025-1228");
    expect(smic).toContain("(JORFTEXT000053042520)](https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053042520)");
    expect(smic).toContain("| 2025-12-18 | vérifié | 2026-11-26 |");
    expect(smic).toContain("| 2026-06-01 | 12,31 |");
    expect(smic).toMatch(/\| 2026-05-24 \| à vérifier \| 2026-11-26 \|/);
  });

  it("rend la grille par tranche et par année", () => {
    const grille = documentationParametres([grilleRemunerationApprenti]);
    expect(grille).toContain("moins_de_18_ans : 27 / 39 / 55 / 55 % (smic)");
    expect(grille).toContain("26_ans_et_plus : 100 / 100 / 100 / 100 % (smic_ou_smc_si_superieur)");
  });

  it("liste en tête chaque valeur encore à vérifier avec ce qu'il faut contrôler, dont la revalorisation du SMIC du 01/06/2026", () => {
    const tete = doc.split("## Sommaire")[0]!;
    expect(tete).toContain("## Valeurs à vérifier");
    const attendues = catalogueParametres.flatMap((p) => p.valeurs.filter((v) => v.statut === "a_verifier").map((v) => `[\`${p.id}\`](#${p.id.replaceAll(".", "")}) au ${v.dateEffet} — `));
    expect(attendues.length).toBeGreaterThan(0);
    for (const a of attendues) expect(tete).toContain(a);
    expect(tete).toContain("[`smic.horaire.metropole`](#smichorairemetropole) au 2026-06-01 — ");
    expect(tete).toContain("[`apprentissage.remuneration.majoration_rqth_prolongation`](#apprentissageremunerationmajoration_rqth_prolongation) au 2019-01-01 — Numéro et alinéa exacts");
    // une valeur vérifiée n'y figure pas
    expect(tete).not.toContain("[`apprentissage.remuneration.majoration_secteur_public`](#apprentissageremunerationmajoration_secteur_public) au 2020-04-27");
  });
});

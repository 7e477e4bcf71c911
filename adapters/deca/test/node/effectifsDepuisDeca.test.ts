import { collecterLecture } from "@communs-opco/adaptateur";
import { schemaEffectif, type Dossier } from "@communs-opco/schemas";
import { describe, expect, it } from "vitest";
import { effectifsDepuisDeca, lireDeca } from "../../src/index.js";
import { lireFixture } from "./lireFixture.js";

describe("complément DECA des effectifs (indicateurs.md §8.3)", () => {
  it("produit un effectif valide par année scolaire couverte, organisme responsable = formateur", async () => {
    const bilan = await collecterLecture(lireDeca(lireFixture("extraction-deca.json")));
    const premier = bilan.enregistrements[0]?.valeur as Dossier;
    const r = effectifsDepuisDeca(premier);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.effectifs.map((e) => e.anneeScolaire)).toEqual(["2025-2026", "2026-2027"]);
    for (const e of r.effectifs) expect(schemaEffectif.safeParse(e).success).toBe(true);
    expect(r.effectifs[0]).toMatchObject({
      source: "DECA",
      apprenant: { nom: "MARTIN", codePostal: "69003", rqth: true },
      formation: { rncp: "RNCP38565", cfd: "50022141", dateEntree: "2025-09-01", dateFin: "2027-06-30" },
      organismeResponsable: { uai: "0693400W", siret: "19690001100018" },
      organismeFormateur: { uai: "0693400W", siret: "19690001100018" },
      contrats: [{ dateDebut: "2025-09-01", dateFin: "2027-08-31", siretEmployeur: "73282932000074" }],
      extensions: { "deca:/employeur/naf": "10.71C", "deca:/employeur/nombreDeSalaries": 12 },
    });
  });

  it("applique les règles de rejet et le cas d'une même année civile", () => {
    const base: Dossier = {
      dispositif: "APPR",
      contrat: { apprenti: { adresse: { codePostal: "75011" } }, formation: { dateDebutFormation: "2025-01-06", dateFinFormation: "2025-12-19" } },
    };
    const meme = effectifsDepuisDeca(base);
    expect(meme.ok && meme.effectifs.map((e) => e.anneeScolaire)).toEqual(["2025-2025"]);
    expect(effectifsDepuisDeca({ ...base, dispositif: "PRO" })).toEqual({ ok: false, raison: "dispositif autre qu'APPR" });
    expect(effectifsDepuisDeca({ ...base, contrat: { ...base.contrat, formation: { dateDebutFormation: "2019-09-01", dateFinFormation: "2025-06-30" } } })).toEqual({
      ok: false,
      raison: "formation de plus de 5 ans",
    });
    expect(effectifsDepuisDeca({ ...base, contrat: { ...base.contrat, apprenti: {} } }).ok).toBe(false);
    expect(effectifsDepuisDeca({ ...base, contrat: { apprenti: base.contrat?.apprenti } }).ok).toBe(false);
  });
});

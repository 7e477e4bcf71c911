import { describe, expect, it } from "vitest";
import { importerBcn } from "./importerBcn";
import { dossierDonneesPartagees } from "@communs-opco/test-support";

const DONNEES = dossierDonneesPartagees();

describe("importerBcn", () => {
  it("N_FORMATION_DIPLOME réel (Latin-1) : 3 923 diplômes, continuité des codes", async () => {
    const r = await importerBcn(`${DONNEES}/bcn/original/N_FORMATION_DIPLOME.csv`);
    expect(r.statistiques).toEqual({ lignesLues: 3923, lignesRetenues: 3923, lignesRejetees: 0, lignesIgnorees: 0, enregistrements: 3923 });
    expect(r.enregistrements.find((d) => d.cfd === "46321218")).toMatchObject({ niveau: "463", libelleLong: "APICULTURE (CSA)", dateOuverture: "2017-09-01", dateFermeture: null, niveauRncp: "04" });
    expect(r.enregistrements.find((d) => d.cfd === "51033002")).toMatchObject({ anciens: ["05103300"], nouveaux: ["51033003"], dateFermeture: "2013-08-31" });
    expect(r.enregistrements.some((d) => /Ã/.test(d.libelleLong ?? ""))).toBe(false);
  });

  it("échantillons UTF-8 de la table et de la vue", async () => {
    const n = await importerBcn(`${DONNEES}/bcn/sample/N_FORMATION_DIPLOME.csv`);
    const v = await importerBcn(`${DONNEES}/bcn/sample/V_FORMATION_DIPLOME.csv`);
    expect(n.statistiques.enregistrements).toBe(11);
    expect(v.statistiques.enregistrements).toBe(11);
    expect(v.enregistrements[0]).toMatchObject({ cfd: "13531364", libelleLong: "FINANCE (MASTER PARIS 12)" });
  });
});

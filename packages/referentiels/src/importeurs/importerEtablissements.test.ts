import { describe, expect, it } from "vitest";
import { importerAcce } from "./importerAcce";
import { importerOpcoRncp } from "./importerOpcoRncp";
import { dossierDonneesPartagees } from "@communs-opco/test-support";

const DONNEES = dossierDonneesPartagees();

describe("importerAcce", () => {
  it("archive ACCE Latin-1 : 5 UAI, tables annexes listées", async () => {
    const r = await importerAcce(`${DONNEES}/acce/acce_data.zip`);
    expect(r.statistiques).toEqual({ lignesLues: 5, lignesRetenues: 5, lignesRejetees: 0, lignesIgnorees: 0, enregistrements: 5 });
    expect(r.entreesIgnorees).toEqual(["ACCE_UAI_FILLE.csv", "ACCE_UAI_MERE.csv", "ACCE_UAI_SPEC.csv", "ACCE_UAI_ZONE.csv"]);
    expect(r.enregistrements[0]).toMatchObject({ uai: "0010001W", natureLibelle: "Lycée professionnel", etat: "1", secteur: "PU", dateOuverture: "1965-05-01" });
  });
});

describe("importerOpcoRncp", () => {
  it("liste 2i avec BOM : 175 certifications", async () => {
    const r = await importerOpcoRncp(`${DONNEES}/opco-rncp/2i.csv`);
    expect(r.statistiques.enregistrements).toBe(175);
    expect(r.enregistrements[0]).toEqual({ opco: "2i", rncp: "RNCP36112" });
  });

  it("liste Mobilités : doublons comptés comme ignorés, comptes cohérents", async () => {
    const r = await importerOpcoRncp(`${DONNEES}/opco-rncp/mobilite.csv`, { opco: "OPCO Mobilités" });
    const s = r.statistiques;
    expect(s.lignesLues).toBe(339);
    expect(s.lignesRetenues + s.lignesIgnorees + s.lignesRejetees).toBe(339);
    expect(new Set(r.enregistrements.map((e) => e.rncp)).size).toBe(s.enregistrements);
    expect(r.enregistrements[0]?.opco).toBe("OPCO Mobilités");
  });
});

describe("importerOrganismes", () => {
  it("référentiel des organismes : 808 organismes, nature, Qualiopi, relations", async () => {
    const { importerOrganismes } = await import("./importerOrganismes");
    const r = await importerOrganismes(`${DONNEES}/referentiel-organismes/referentiel.fixture.json`);
    const s = r.statistiques;
    expect(s.lignesLues).toBe(808);
    expect(s.lignesRetenues + s.lignesRejetees + s.lignesIgnorees).toBe(808);
    const o = r.enregistrements.find((x) => x.siret === "19672198900040");
    expect(o).toMatchObject({ nature: "formateur", etatAdministratif: "actif", qualiopi: false, relations: expect.arrayContaining([{ type: "formateur->responsable", siret: "18671553800044" }]), codeInsee: "67218" });
    expect(r.enregistrements.filter((x) => x.qualiopi === true).length).toBeGreaterThan(300);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { chargerInstantaneEmbarque } from "./instantane/chargerInstantaneEmbarque";
import { instantaneVide } from "./instantane/instantaneVide";
import { ReferentielHorsLigne } from "./ReferentielHorsLigne";

let referentiel: ReferentielHorsLigne;
beforeAll(async () => {
  referentiel = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
});

describe("ReferentielHorsLigne sur l'instantané embarqué", () => {
  it("NPEC RNCP1002 × IDCC 478 : 9 497 € au 2024-09-01, 9 497 € (édition 2023) au 2024-01-01", async () => {
    const r = await referentiel.npec({ rncp: "RNCP1002", idcc: "478", date: "2024-09-01" });
    expect(r).toMatchObject({
      statut: "trouve",
      valeur: { npecAnnuel: 9497, statut: "A", dateApplicabilite: "2024-07-15", cpne: { code: "2", libelle: "CNPE des sociétés financières" } },
      source: { fichier: "Referentiel-des-NPEC-15.07.2024_vMAJ-18.07.2024.xlsx", date: "2024-07-15" },
    });
    const avant = await referentiel.npec({ rncp: "RNCP1002", idcc: "478", date: "2024-01-01" });
    expect(avant).toMatchObject({ statut: "trouve", valeur: { dateApplicabilite: "2023-10-15", source: { fichier: "Referentiel-des-NPEC_vMAJ-09.04.2024.xlsx" } } });
    expect((await referentiel.npec({ rncp: "RNCP36989", idcc: "478", date: "2024-01-01" })).statut).toBe("indetermine");
    expect((await referentiel.npec({ cfd: "01022001", idcc: "478", date: "2020-01-01" })).statut).toBe("trouve");
  });

  it("certifications : fiche RNCP, lien Kit, diplôme BCN", async () => {
    const fiche = await referentiel.certification("RNCP30271");
    expect(fiche).toMatchObject({ statut: "trouve", valeur: { accesApprentissage: true, actif: false, niveau: "6" }, source: { nom: "Export RNCP (France compétences)", date: "2024-02-22" } });
    const kit = await referentiel.certification("RNCP37566");
    expect(kit).toMatchObject({ statut: "trouve", valeur: { correspondances: { cfd: expect.arrayContaining(["01022103"]) }, actif: true, dateFin: "2026-08-31" }, source: { nom: "Kit apprentissage", date: "2025-01-31" } });
    const bcn = await referentiel.certification("46321218");
    expect(bcn).toMatchObject({ statut: "trouve", valeur: { intitule: "APICULTURE (CSA)", niveau: "4", actif: true } });
    expect((await referentiel.certification("RNCP99999")).statut).toBe("absent");
  });

  it("conventions, OPCO, APE, organismes, habilitations", async () => {
    expect(await referentiel.convention("3248")).toMatchObject({ statut: "trouve", valeur: { enVigueur: true, etat: "VIGUEUR_ETEN" } });
    expect(await referentiel.convention("16")).toMatchObject({ statut: "trouve", valeur: { enVigueur: true }, source: { nom: "Liste des IDCC (DARES)" } });
    expect(await referentiel.opcoDeIdcc("478")).toMatchObject({ statut: "trouve", valeur: { opco: "OPCO ATLAS", idcc: "0478" } });
    expect(await referentiel.conventionsDeApe("1812Z")).toMatchObject({ statut: "trouve", valeur: [{ idcc: "0706", part: 1.1 }] });
    expect((await referentiel.conventionsDeApe("01.11Z")).statut).toBe("indetermine");
    expect(await referentiel.organisme("0010001W")).toMatchObject({ statut: "trouve", valeur: { ouvert: true, siret: "19010001600012" }, source: { nom: "ACCE (Éducation nationale)" } });
    expect(await referentiel.organisme("19672198900040")).toMatchObject({
      statut: "trouve",
      valeur: { nature: "formateur", ouvert: true, qualiopi: false },
      source: { nom: "Référentiel des organismes de formation" },
    });
    expect((await referentiel.organisme("99999999999999")).statut).toBe("absent");
    expect(await referentiel.habilitation("RNCP30271", "82948645500019")).toMatchObject({ statut: "trouve", valeur: { habilite: true, motif: "certificateur de la fiche" } });
    expect(await referentiel.habilitation("RNCP509", "82948645500019")).toMatchObject({ statut: "trouve", valeur: { habilite: null } });
    expect(referentiel.opcosDeCertification("RNCP10193").map((c) => c.opco)).toContain("atlas");
  });

  it("ce qui n'existe qu'en ligne, ou une source non importée, est « indisponible »", async () => {
    expect((await referentiel.entreprise("35600000009075")).statut).toBe("indisponible");
    expect((await referentiel.opcoDeSiret("35600000009075")).statut).toBe("indisponible");
    const vide = new ReferentielHorsLigne(instantaneVide("2026-11-26T00:00:00.000Z"));
    const r = await vide.npec({ rncp: "RNCP1002", idcc: "478", date: "2024-09-01" });
    expect(r).toMatchObject({ statut: "indisponible", source: { nom: "Référentiel NPEC (France compétences)", date: null } });
    expect((await vide.certification("RNCP1002")).statut).toBe("indisponible");
  });
});

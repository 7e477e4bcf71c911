import { describe, expect, it } from "vitest";
import { importerNpec } from "./importerNpec";
import { dossierDonneesPartagees } from "@communs-opco/test-support";

const DONNEES = dossierDonneesPartagees();

const DOSSIER = `${DONNEES}/npec`;

describe("importerNpec sur les vrais classeurs France compétences", () => {
  it("édition du 15.07.2024 : table plate, date Excel, onglet CPNE-IDCC", async () => {
    const r = await importerNpec(`${DOSSIER}/Referentiel-des-NPEC-15.07.2024_vMAJ-18.07.2024.xlsx`);
    expect(r.edition).toMatchObject({ dateApplicabilite: "2024-07-15", origineDate: "lisez-moi", version: "v_18.07.2024" });
    expect(r.feuilles.map((f) => [f.nom, f.role])).toEqual(
      expect.arrayContaining([
        ["Onglet 2 - global", "ignoree"],
        ["Onglet 3 - référentiel NPEC", "valeurs"],
        ["Onglet 4 - CPNE-IDCC", "cpne-idcc"],
      ]),
    );
    expect(r.enregistrements).toEqual([
      expect.objectContaining({ rncp: "RNCP1002", codeCpne: "2", montant: 9497, statut: "A", dateApplicabilite: "2024-07-15", ligne: 5 }),
    ]);
    expect(r.correspondances).toEqual([expect.objectContaining({ codeCpne: "2", idcc: "0478", libelleCpne: "CNPE des sociétés financières" })]);
    expect(r.statistiques).toEqual({ lignesLues: 2, lignesRetenues: 2, lignesRejetees: 0, lignesIgnorees: 0, enregistrements: 1 });
  });

  it("édition du 09.04.2024 : cellules NC et multi-RNCP", async () => {
    const r = await importerNpec(`${DOSSIER}/Referentiel-des-NPEC_vMAJ-09.04.2024.xlsx`);
    expect(r.statistiques.lignesLues).toBe(5);
    expect(r.statistiques.enregistrements).toBe(5);
    const nc = r.enregistrements.find((v) => v.codeCpne === "4");
    expect(nc).toMatchObject({ rncp: "RNCP1002", montant: null, nonDefini: "NC", dateApplicabilite: "2023-10-15" });
    const doubles = r.enregistrements.filter((v) => v.ligne === 7).map((v) => v.rncp);
    expect(doubles).toEqual(["RNCP31946", "RNCP36989"]);
  });

  it("édition 2019-2020 avec IDCC (11.02.2021) : en-têtes « Valeur finale », onglets CPNE-IDCC et IDCC-CPNE", async () => {
    const r = await importerNpec(`${DOSSIER}/VF_11.02.2021_Référentiel-NPEC-20192020_avec_idcc.xlsx`);
    expect(r.edition).toMatchObject({ dateApplicabilite: "2020-09-01", origineDate: "edition-connue" });
    expect(r.enregistrements[1]).toMatchObject({ rncp: "RNCP955", cfd: "01022001", codeCpne: "2", idcc: ["0478"], montant: 6079, statut: "D" });
    // 3 lignes CPNE-IDCC (dont une « NA » ignorée) + 2 lignes IDCC-CPNE + 2 valeurs
    expect(r.statistiques).toMatchObject({ lignesLues: 7, lignesRetenues: 6, lignesIgnorees: 1, lignesRejetees: 0 });
    expect(r.correspondances.filter((c) => c.idcc === "1801")).toHaveLength(2);
  });

  it("édition 2019 v2.1 : code formation et libellé CPNE seuls", async () => {
    const r = await importerNpec(`${DOSSIER}/referentiel_des_npec-2-1.xlsx`);
    expect(r.enregistrements).toHaveLength(3);
    expect(r.enregistrements[0]).toMatchObject({ rncp: null, cfd: "01022001", codeCpne: null, libelleCpne: "CPNE des sociétés financières", montant: 6079.3333 });
  });

  it("édition d'octobre 2019 avec IDCC : matrice ignorée, table plate par code formation", async () => {
    const r = await importerNpec(`${DOSSIER}/vf_referentiel_avec_idcc_oct_2019.xlsx`);
    expect(r.feuilles.find((f) => f.nom === "Onglet 2 - global")?.role).toBe("ignoree");
    expect(r.enregistrements.map((v) => [v.cfd, v.codeCpne, v.idcc])).toEqual([
      ["01022001", "2", ["0478"]],
      ["01022001", "4", ["1801"]],
      ["01022001", "5", ["2205"]],
    ]);
    const s = r.statistiques;
    expect(s.lignesLues).toBe(s.lignesRetenues + s.lignesRejetees + s.lignesIgnorees);
  });

  it("une date fournie en option remplace la date de l'édition pour les lignes sans date", async () => {
    const r = await importerNpec(`${DOSSIER}/referentiel_des_npec-2-1.xlsx`, { dateApplicabilite: "2020-01-01" });
    expect(r.edition.origineDate).toBe("option");
    expect(r.enregistrements.every((v) => v.dateApplicabilite === "2020-01-01")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import type { CorrespondanceCpneIdcc } from "./CorrespondanceCpneIdcc";
import { rechercherNpec } from "./rechercherNpec";
import type { ValeurNpec } from "./ValeurNpec";

function valeur(v: Partial<ValeurNpec>): ValeurNpec {
  return { rncp: "RNCP1002", cfd: null, codeCpne: "2", libelleCpne: null, idcc: [], montant: 1000, nonDefini: null, statut: "A", dateApplicabilite: "2024-07-15", fichier: "a.xlsx", ligne: 5, ...v };
}
const rattachement = (codeCpne: string, idcc: string, fichier = "a.xlsx"): CorrespondanceCpneIdcc => ({ codeCpne, idcc, fichier, libelleCpne: `CPNE ${codeCpne}` });

describe("rechercherNpec", () => {
  const valeurs = [
    valeur({ montant: 10552, dateApplicabilite: "2022-09-01", fichier: "ancien.xlsx" }),
    valeur({ montant: 9497, dateApplicabilite: "2024-07-15", fichier: "a.xlsx" }),
  ];
  const correspondances = [rattachement("2", "0478", "a.xlsx"), rattachement("2", "0478", "ancien.xlsx")];

  it("retient l'édition la plus récente applicable à la date du contrat", () => {
    const r = rechercherNpec(valeurs, correspondances, { rncp: "rncp1002", idcc: "478", date: "2024-09-01" });
    expect(r).toMatchObject({ statut: "trouve", valeur: { npecAnnuel: 9497, idcc: "0478", cpne: { code: "2", libelle: "CPNE 2" }, dateApplicabilite: "2024-07-15" } });
  });

  it("un contrat signé avant la nouvelle date garde l'ancien NPEC, y compris la veille", () => {
    const r = rechercherNpec(valeurs, correspondances, { rncp: "RNCP1002", idcc: "0478", date: "2024-07-14" });
    expect(r).toMatchObject({ statut: "trouve", valeur: { npecAnnuel: 10552, dateApplicabilite: "2022-09-01" } });
    const jour = rechercherNpec(valeurs, correspondances, { rncp: "RNCP1002", idcc: "0478", date: "2024-07-15" });
    expect(jour).toMatchObject({ statut: "trouve", valeur: { npecAnnuel: 9497 } });
  });

  it("absent avant toute applicabilité, pour un IDCC sans CPNE ou une certification inconnue", () => {
    expect(rechercherNpec(valeurs, correspondances, { rncp: "RNCP1002", idcc: "478", date: "2020-01-01" }).statut).toBe("absent");
    const sansCpne = rechercherNpec(valeurs, correspondances, { rncp: "RNCP1002", idcc: "9999", date: "2024-09-01" });
    expect(sansCpne).toMatchObject({ statut: "absent", raison: expect.stringContaining("aucune CPNE") });
    expect(rechercherNpec(valeurs, correspondances, { rncp: "RNCP99999", idcc: "478", date: "2024-09-01" }).statut).toBe("absent");
  });

  it("indéterminé pour NC, plusieurs CPNE ou valeurs contradictoires", () => {
    const nc = rechercherNpec([valeur({ montant: null, nonDefini: "NC" })], [rattachement("2", "0478")], { rncp: "RNCP1002", idcc: "478", date: "2024-09-01" });
    expect(nc).toMatchObject({ statut: "indetermine", raison: expect.stringContaining("NC") });
    const deuxCpne = rechercherNpec(
      [valeur({ codeCpne: "2" }), valeur({ codeCpne: "4", montant: 2000 })],
      [rattachement("2", "0478"), rattachement("4", "0478")],
      { rncp: "RNCP1002", idcc: "478", date: "2024-09-01" },
    );
    expect(deuxCpne).toMatchObject({ statut: "indetermine", candidats: expect.any(Array) });
    const contradictoires = rechercherNpec([valeur({ montant: 7750, ligne: 7 }), valeur({ montant: 8502, ligne: 8 })], [rattachement("2", "0478")], {
      rncp: "RNCP1002",
      idcc: "478",
      date: "2024-09-01",
    });
    expect(contradictoires).toMatchObject({ statut: "indetermine", raison: expect.stringContaining("contradictoires") });
  });

  describe("cellules combinées RNCPancien/RNCPnouveau (lignes 7 et 8 de Referentiel-des-NPEC_vMAJ-09.04.2024.xlsx)", () => {
    const fichier = "Referentiel-des-NPEC_vMAJ-09.04.2024.xlsx";
    const combinee = [
      valeur({ rncp: "RNCP31946", montant: 7750, dateApplicabilite: "2023-10-15", fichier, ligne: 7, autresCodesLigne: ["RNCP36989"] }),
      valeur({ rncp: "RNCP36989", montant: 7750, dateApplicabilite: "2023-10-15", fichier, ligne: 7, autresCodesLigne: ["RNCP31946"] }),
    ];
    const exacte = valeur({ rncp: "RNCP36989", montant: 8502, dateApplicabilite: "2023-10-15", fichier, ligne: 8 });
    const criteres = { rncp: "RNCP36989", idcc: "478", date: "2024-01-01" };

    it("la ligne à code unique prime, la réponse nomme la valeur et la ligne écartées", () => {
      const r = rechercherNpec([...combinee, exacte], [rattachement("2", "0478", fichier)], criteres);
      expect(r).toMatchObject({ statut: "trouve", valeur: { npecAnnuel: 8502, source: { fichier, ligne: 8 }, valeursEcartees: [{ npecAnnuel: 7750, codesLigne: ["RNCP31946", "RNCP36989"], source: { fichier, ligne: 7 } }] } });
      expect(r.statut === "trouve" ? r.valeur.note : "").toBe(
        `Valeur de la ligne à code unique retenue (${fichier}, ligne 8 : 8502 €) ; la ligne 7 de ${fichier} (RNCP31946/RNCP36989) donne 7750 € : ligne qui liste plusieurs certifications, écartée.`,
      );
    });

    it("sans ligne à code unique, la ligne combinée s'applique ; même montant : aucune note", () => {
      const seule = rechercherNpec(combinee, [rattachement("2", "0478", fichier)], { ...criteres, rncp: "RNCP31946" });
      expect(seule).toMatchObject({ statut: "trouve", valeur: { npecAnnuel: 7750, source: { ligne: 7 } } });
      const memeMontant = rechercherNpec([...combinee, { ...exacte, montant: 7750 }], [rattachement("2", "0478", fichier)], criteres);
      expect(memeMontant.statut === "trouve" && memeMontant.valeur.note === undefined && memeMontant.valeur.valeursEcartees === undefined).toBe(true);
    });

    it("deux lignes à code unique qui divergent restent contradictoires", () => {
      const r = rechercherNpec([...combinee, exacte, { ...exacte, montant: 9000, ligne: 9 }], [rattachement("2", "0478", fichier)], criteres);
      expect(r).toMatchObject({ statut: "indetermine", raison: "valeurs contradictoires au 2023-10-15 : 8502 / 9000" });
    });

    it("la primauté joue par CPNE : une ligne combinée d'une autre CPNE n'est pas écartée", () => {
      const r = rechercherNpec([exacte, { ...(combinee[1] as ValeurNpec), codeCpne: "4" }], [rattachement("2", "0478", fichier), rattachement("4", "0478", fichier)], criteres);
      expect(r).toMatchObject({ statut: "indetermine", raison: expect.stringContaining("plusieurs CPNE") });
    });
  });

  it("suit l'IDCC porté par la ligne et le libellé CPNE des éditions 2019", () => {
    const parLigne = rechercherNpec([valeur({ rncp: null, cfd: "01022001", codeCpne: "7", idcc: ["0478"] })], [], { cfd: "1022001", idcc: "478", date: "2024-09-01" });
    expect(parLigne.statut).toBe("trouve");
    const parLibelle = rechercherNpec(
      [valeur({ rncp: null, cfd: "01022001", codeCpne: null, libelleCpne: "CNPE DES SOCIÉTÉS FINANCIÈRES" })],
      [{ codeCpne: "2", idcc: "0478", fichier: "autre.xlsx", libelleCpne: "CNPE des sociétés financières " }],
      { cfd: "01022001", idcc: "478", date: "2024-09-01" },
    );
    expect(parLibelle).toMatchObject({ statut: "trouve", valeur: { cpne: { code: null, libelle: "CNPE DES SOCIÉTÉS FINANCIÈRES" } } });
  });
});

describe("rechercherNpec avec les correspondances indexées", () => {
  it("donne exactement la même réponse qu'avec la liste des correspondances (instantané embarqué)", async () => {
    const { chargerInstantaneEmbarque } = await import("../instantane/chargerInstantaneEmbarque");
    const { IndexCorrespondancesNpec } = await import("./IndexCorrespondancesNpec");
    const instantane = await chargerInstantaneEmbarque();
    const index = IndexCorrespondancesNpec.construire(instantane.npec.correspondances);
    const codes = [...new Set(instantane.npec.valeurs.flatMap((v) => [v.rncp, v.cfd]).filter((c): c is string => c !== null))].slice(0, 40);
    const idccs = [...new Set(instantane.npec.correspondances.map((c) => c.idcc))].slice(0, 15).concat(["478", "9999", "abc"]);
    let comparees = 0;
    for (const code of codes)
      for (const idcc of idccs)
        for (const date of ["2023-01-01", "2024-09-01", "2026-01-01"]) {
          const criteres = code.startsWith("RNCP") ? { rncp: code, idcc, date } : { cfd: code, idcc, date };
          expect(rechercherNpec(instantane.npec.valeurs, index, criteres)).toEqual(rechercherNpec(instantane.npec.valeurs, instantane.npec.correspondances, criteres));
          comparees++;
        }
    expect(comparees).toBeGreaterThan(30);
  });
});

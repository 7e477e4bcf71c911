import { describe, expect, it } from "vitest";
import { importerFranceCompetences } from "./importerFranceCompetences";
import { dossierDonneesPartagees } from "@communs-opco/test-support";

const DONNEES = dossierDonneesPartagees();

describe("importerFranceCompetences", () => {
  it("export du 2024-02-22 : 9 fiches, SIRET sans tabulation, voies d'accès, CCN", async () => {
    const r = await importerFranceCompetences(`${DONNEES}/france-competences/sample/export-fiches-csv-2024-02-22.zip`);
    expect(r.dateExport).toBe("2024-02-22");
    expect(r.statistiques.enregistrements).toBe(9);
    const s = r.statistiques;
    expect(s.lignesLues).toBe(s.lignesRetenues + s.lignesRejetees + s.lignesIgnorees);
    expect(r.rejets).toEqual([expect.objectContaining({ ligne: 3, champ: "Numero_Fiche", raison: "fiche RNCP38228 absente de la table Standard" })]);
    const f = r.enregistrements.find((x) => x.numero === "RNCP30271");
    expect(f).toMatchObject({ niveau: "6", typeEnregistrement: "Enregistrement sur demande", actif: false, accesApprentissage: true, certificateurs: [{ siret: "82948645500019", nom: "ESCAIA" }] });
    const rs = r.enregistrements.find((x) => x.numero === "RS5000");
    expect(rs?.partenaires[0]).toEqual({ siret: "82815245400033", nom: "ALYRA", habilitation: "HABILITATION_ORGA_FORM" });
    expect(r.enregistrements.find((x) => x.numero === "RNCP19468")?.ccn).toEqual([{ idcc: "3117", libelle: "Boulangerie-pâtisserie (Entreprises artisanales)" }]);
    expect(r.tablesIgnorees).toContain("export_fiches_CSV_Blocs_De_Compétences_2024_02_22.csv");
  });

  it("archive aux noms NFD et chaîne de continuité incomplète : lien reconstruit", async () => {
    const r = await importerFranceCompetences(`${DONNEES}/france-competences/continuity_fix/export-fiches-csv-2024-02-22.zip`);
    expect(r.tablesIgnorees).toContain("export_fiches_CSV_Blocs_De_Compétences_2024_02_22.csv");
    const chaine = (n: string) => r.enregistrements.find((x) => x.numero === n);
    expect(chaine("RNCP4049")?.nouvelles).toContain("RNCP22094");
    expect(chaine("RNCP22094")?.anciennes).toContain("RNCP4049");
    expect(chaine("RNCP22094")?.nouvelles).toContain("RNCP28155");
  });
});

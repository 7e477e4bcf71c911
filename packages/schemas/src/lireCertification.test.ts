import { describe, expect, it } from "vitest";
import { schemaCertification } from "./certification.js";
import { lireCertification } from "./lireCertification.js";

describe("lireCertification", () => {
  it("normalise les valeurs telles qu'écrites dans l'export RNCP de France compétences", () => {
    // Valeurs de la fiche RNCP509 dans packages/test-support/donnees/france-competences/sample/export-fiches-csv-2024-02-22.zip
    // (fichiers Standard, Certificateurs, VoixdAccès) : niveau « NIV3 », dates jj/mm/aaaa,
    // « INACTIVE », SIRET précédé d'une tabulation.
    const resultat = lireCertification({
      rncp: "RNCP509",
      Intitule: "Agent vérificateur d'appareils extincteurs",
      abrege: "CAP",
      niveauEuropeen: "NIV3",
      Type_Enregistrement: "Enregistrement de droit",
      Actif: "INACTIVE",
      Date_Fin_Enregistrement: "31/08/2023",
      certificateurs: [{ Siret_Certificateur: "\t11004301500012", Nom_Certificateur: "MINISTERE DE L'EDUCATION NATIONALE ET DE LA JEUNESSE" }],
      partenaires: [{ Nom_Partenaire: "ALYRA", Siret_Partenaire: "\t82815245400033", Habilitation_Partenaire: "HABILITATION_ORGA_FORM" }],
      voiesAcces: { experience: "Oui", candidatureIndividuelle: "Oui", apprentissage: "Non" },
      conventionsCollectives: [{ numero: 843, intitule: "Boulangerie-pâtisserie (entreprises artisanales)" }],
    });
    expect(resultat).toEqual({
      ok: true,
      avertissements: [],
      valeur: {
        rncp: "RNCP509",
        intitule: "Agent vérificateur d'appareils extincteurs",
        abrege: "CAP",
        niveauEuropeen: "3",
        typeEnregistrement: "de_droit",
        actif: false,
        dateFinEnregistrement: "2023-08-31",
        certificateurs: [{ siret: "11004301500012", nom: "MINISTERE DE L'EDUCATION NATIONALE ET DE LA JEUNESSE" }],
        partenaires: [{ nom: "ALYRA", siret: "82815245400033", habilitation: "former" }],
        voiesAcces: { experience: true, candidatureIndividuelle: true, apprentissage: false },
        conventionsCollectives: [{ numero: "0843", intitule: "Boulangerie-pâtisserie (entreprises artisanales)" }],
      },
    });
    if (resultat.ok) expect(schemaCertification.parse(resultat.valeur)).toEqual(resultat.valeur);
  });

  it("garde le niveau « REPRISE » des anciennes fiches au lieu de le perdre", () => {
    const resultat = lireCertification({ rncp: "RNCP19468", niveauEuropeen: "REPRISE" });
    expect(resultat.ok && resultat.valeur.niveauEuropeen).toBe("REPRISE");
  });

  it("refuse un niveau européen inconnu avec un message en français", () => {
    const resultat = lireCertification({ niveauEuropeen: "NIV9" });
    expect(resultat.ok).toBe(false);
    if (!resultat.ok) expect(resultat.erreurs[0]).toMatchObject({ chemin: "niveauEuropeen", message: expect.stringContaining("Code inconnu") });
  });
});

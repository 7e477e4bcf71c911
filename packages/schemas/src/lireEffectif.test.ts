import { describe, expect, it } from "vitest";
import { schemaEffectif } from "./effectif.js";
import { lireEffectif } from "./lireEffectif.js";

/**
 * Ligne d'exemple du modèle de fichier officiel du Tableau de bord
 * (packages/test-support/donnees/tableau-de-bord/modele-import-29012025.xlsx, feuille « Modèle »,
 * lignes 1 et 2), recopiée telle que lue dans le fichier : en-têtes avec leurs marques
 * « * » / « ** », dates en numéros de série Excel, booléens « 1 ».
 */
const ligneModeleTdb: Record<string, unknown> = {
  "nom_apprenant *": "Dupuis",
  "prenom_apprenant *": "Gaston",
  "date_de_naissance_apprenant *": 35819,
  "sexe_apprenant *": "F",
  code_postal_de_naissance_apprenant: "44400",
  "email_contact *": "gaston.dupuis@domain.tld",
  "adresse_apprenant *": "64 bis, route de Paris",
  "code_postal_apprenant *": "44000",
  ine_apprenant: "1234567890A",
  tel_apprenant: "0612345678",
  rqth_apprenant: 1,
  date_rqth_apprenant: 45160,
  responsable_apprenant_mail1: "marc.dupuis@domain.tld",
  responsable_apprenant_mail2: "jeanne.dupuis@domain.tld",
  dernier_organisme_uai: "0123456A",
  derniere_situation: 4101,
  type_cfa: 10,
  "etablissement_responsable_uai *": "0123456A",
  "etablissement_responsable_siret *": "12345678901235",
  "etablissement_formateur_uai *": "0123456A",
  "etablissement_formateur_siret *": "12345678901235",
  etablissement_lieu_de_formation_uai: "0123456A",
  etablissement_lieu_de_formation_siret: "12345678901235",
  etablissement_lieu_de_formation_adresse: "64 bis, route de Paris",
  etablissement_lieu_de_formation_code_postal: "44000",
  "annee_scolaire *": "2024-2025",
  "annee_formation *": 2,
  "formation_rncp *": "RNCP12345",
  formation_cfd: "50022145",
  "date_inscription_formation *": 44832,
  "date_entree_formation *": 44832,
  "date_fin_formation *": 44832,
  "duree_theorique_formation_mois *": 12,
  libelle_court_formation: "CAP PATISSIER",
  obtention_diplome_formation: 1,
  date_obtention_diplome_formation: 44832,
  "date_exclusion_formation **": 44832,
  cause_exclusion_formation: "Absences répétées et injustifiées",
  formation_presentielle: 1,
  nom_referent_handicap_formation: "Dumas",
  prenom_referent_handicap_formation: "Sylvie",
  email_referent_handicap_formation: "jeanne.dupuis@domain.tld",
  "contrat_date_debut **": 44937,
  "contrat_date_fin **": 45454,
  "siret_employeur **": "12345678901235",
  "contrat_date_rupture **": 45454,
  cause_rupture_contrat: "Absences répétées et injustifiées",
  "contrat_date_debut_2 **": 44937,
  "contrat_date_fin_2**": 45454,
  "siret_employeur_2 **": "12345678901235",
  "contrat_date_rupture_2 **": 45454,
  cause_rupture_contrat_2: "Absences répétées et injustifiées",
};

describe("lireEffectif", () => {
  it("lit la ligne d'exemple du modèle de fichier du Tableau de bord (format plat v3)", () => {
    const resultat = lireEffectif(ligneModeleTdb);
    expect(resultat.ok).toBe(true);
    if (!resultat.ok) return;
    expect(resultat.avertissements).toEqual([]);
    const contratAttendu = {
      dateDebut: "2023-01-11",
      dateFin: "2024-06-11",
      dateRupture: "2024-06-11",
      causeRupture: "Absences répétées et injustifiées",
      siretEmployeur: "12345678901235",
    };
    expect(resultat.valeur).toEqual({
      anneeScolaire: "2024-2025",
      apprenant: {
        nom: "DUPUIS",
        prenom: "Gaston",
        dateNaissance: "1998-01-24",
        sexe: "F",
        codePostalNaissance: "44400",
        courriel: "gaston.dupuis@domain.tld",
        adresse: "64 bis, route de Paris",
        codePostal: "44000",
        ine: "1234567890A",
        telephone: "0612345678",
        rqth: true,
        dateRqth: "2023-08-22",
        courrielResponsable1: "marc.dupuis@domain.tld",
        courrielResponsable2: "jeanne.dupuis@domain.tld",
        dernierOrganismeUai: "0123456A",
        derniereSituation: "4101",
      },
      typeCfa: "10",
      organismeResponsable: { uai: "0123456A", siret: "12345678901235" },
      organismeFormateur: { uai: "0123456A", siret: "12345678901235" },
      lieuFormation: { uai: "0123456A", siret: "12345678901235", adresse: "64 bis, route de Paris", codePostal: "44000" },
      formation: {
        anneeFormation: 2,
        rncp: "RNCP12345",
        cfd: "50022145",
        dateInscription: "2022-09-28",
        dateEntree: "2022-09-28",
        dateFin: "2022-09-28",
        dureeTheoriqueMois: 12,
        libelleCourt: "CAP PATISSIER",
        obtentionDiplome: true,
        dateObtentionDiplome: "2022-09-28",
        exclusion: { date: "2022-09-28", cause: "Absences répétées et injustifiées" },
        presentielle: true,
        referentHandicap: { nom: "Dumas", prenom: "Sylvie", courriel: "jeanne.dupuis@domain.tld" },
      },
      contrats: [contratAttendu, contratAttendu],
    });
    expect(schemaEffectif.parse(resultat.valeur)).toEqual(resultat.valeur);
  });

  it("applique les règles de l'API v3 : NIR jamais conservé, durée en années, statut, champs inconnus", () => {
    const resultat = lireEffectif({
      nom_apprenant: " martin ",
      annee_scolaire: "2024 / 2025",
      nir_apprenant: "2 07 03 69 123 456 95",
      duree_theorique_formation: "2",
      statut_apprenant: "3",
      date_metier_mise_a_jour_statut: "2024-09-02T00:00:00.000Z",
      sexe_apprenant: "H",
      derniere_situation: 0,
      contrat_date_fin_3: "2026-08-31",
      champ_erp_maison: "X",
    });
    expect(resultat.ok).toBe(true);
    if (!resultat.ok) return;
    expect(resultat.valeur).toEqual({
      anneeScolaire: "2024-2025",
      apprenant: { nom: "MARTIN", aNir: true, sexe: "M" },
      formation: { dureeTheoriqueMois: 24 },
      statut: { code: "3", dateMetier: "2024-09-02T00:00:00.000Z" },
      contrats: [{ dateFin: "2026-08-31" }],
      extensions: { champ_erp_maison: "X" },
    });
    expect(JSON.stringify(resultat.valeur)).not.toContain("123456");
    expect(resultat.avertissements.map((a) => [a.chemin, a.code])).toEqual([
      ["champ_erp_maison", "champ_hors_standard"],
      ["contrats.0.dateDebut", "contrat_incomplet"],
    ]);
  });

  it("garde une durée en années hors bornes dans extensions au lieu de l'inventer", () => {
    const resultat = lireEffectif({ nom_apprenant: "A", duree_theorique_formation: 7 });
    expect(resultat.ok && resultat.valeur.extensions).toEqual({ duree_theorique_formation: 7 });
  });

  it("renvoie des erreurs chemin par chemin pour des valeurs illisibles", () => {
    const resultat = lireEffectif({ nom_apprenant: "A", date_entree_formation: "2021", annee_scolaire: "24-25", annee_formation: 9 });
    expect(resultat.ok).toBe(false);
    if (resultat.ok) return;
    expect(resultat.erreurs.map((e) => e.chemin).sort()).toEqual(["anneeScolaire", "formation.anneeFormation", "formation.dateEntree"]);
  });

  it("accepte aussi l'effectif standard imbriqué", () => {
    const effectif = { anneeScolaire: "2025-2026", apprenant: { nom: "MARTIN" }, contrats: [{ dateDebut: "2025-09-01" }] };
    expect(lireEffectif(effectif)).toEqual({ ok: true, valeur: effectif, avertissements: [] });
  });
});

const contrat = (suffixe: string, i: number): Record<string, string> => ({
  [`contrat_date_debut${suffixe}`]: `contrats.${i}.dateDebut`,
  [`contrat_date_fin${suffixe}`]: `contrats.${i}.dateFin`,
  [`siret_employeur${suffixe}`]: `contrats.${i}.siretEmployeur`,
  [`contrat_date_rupture${suffixe}`]: `contrats.${i}.dateRupture`,
  [`cause_rupture_contrat${suffixe}`]: `contrats.${i}.causeRupture`,
});

/**
 * Colonne du modèle de téléversement (sans les « * ») → chemin de l'effectif standard.
 * Sert à l'écriture du CSV et au rapport de correspondance.
 *
 * @example
 * ```ts
 * champsEffectifTdb["date_entree_formation"]; // "formation.dateEntree"
 * ```
 */
export const champsEffectifTdb: Readonly<Record<string, string>> = {
  nom_apprenant: "apprenant.nom",
  prenom_apprenant: "apprenant.prenom",
  date_de_naissance_apprenant: "apprenant.dateNaissance",
  sexe_apprenant: "apprenant.sexe",
  code_postal_de_naissance_apprenant: "apprenant.codePostalNaissance",
  email_contact: "apprenant.courriel",
  adresse_apprenant: "apprenant.adresse",
  code_postal_apprenant: "apprenant.codePostal",
  ine_apprenant: "apprenant.ine",
  tel_apprenant: "apprenant.telephone",
  rqth_apprenant: "apprenant.rqth",
  date_rqth_apprenant: "apprenant.dateRqth",
  responsable_apprenant_mail1: "apprenant.courrielResponsable1",
  responsable_apprenant_mail2: "apprenant.courrielResponsable2",
  dernier_organisme_uai: "apprenant.dernierOrganismeUai",
  derniere_situation: "apprenant.derniereSituation",
  type_cfa: "typeCfa",
  etablissement_responsable_uai: "organismeResponsable.uai",
  etablissement_responsable_siret: "organismeResponsable.siret",
  etablissement_formateur_uai: "organismeFormateur.uai",
  etablissement_formateur_siret: "organismeFormateur.siret",
  etablissement_lieu_de_formation_uai: "lieuFormation.uai",
  etablissement_lieu_de_formation_siret: "lieuFormation.siret",
  etablissement_lieu_de_formation_adresse: "lieuFormation.adresse",
  etablissement_lieu_de_formation_code_postal: "lieuFormation.codePostal",
  annee_scolaire: "anneeScolaire",
  annee_formation: "formation.anneeFormation",
  formation_rncp: "formation.rncp",
  formation_cfd: "formation.cfd",
  date_inscription_formation: "formation.dateInscription",
  date_entree_formation: "formation.dateEntree",
  date_fin_formation: "formation.dateFin",
  duree_theorique_formation_mois: "formation.dureeTheoriqueMois",
  libelle_court_formation: "formation.libelleCourt",
  obtention_diplome_formation: "formation.obtentionDiplome",
  date_obtention_diplome_formation: "formation.dateObtentionDiplome",
  date_exclusion_formation: "formation.exclusion.date",
  cause_exclusion_formation: "formation.exclusion.cause",
  formation_presentielle: "formation.presentielle",
  nom_referent_handicap_formation: "formation.referentHandicap.nom",
  prenom_referent_handicap_formation: "formation.referentHandicap.prenom",
  email_referent_handicap_formation: "formation.referentHandicap.courriel",
  ...contrat("", 0),
  ...contrat("_2", 1),
  ...contrat("_3", 2),
  ...contrat("_4", 3),
};

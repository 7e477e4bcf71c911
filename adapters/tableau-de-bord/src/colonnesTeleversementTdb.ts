/**
 * Les 62 colonnes du modèle de fichier de téléversement du Tableau de bord (version du
 * 29/01/2025, feuille « Modèle »), dans l'ordre et telles qu'écrites en ligne 1 (« * » :
 * obligatoire ; « ** » : obligatoire selon le cas).
 *
 * @example
 * ```ts
 * colonnesTeleversementTdb[0]; // "nom_apprenant *"
 * ```
 */
export const colonnesTeleversementTdb: readonly string[] = [
  "nom_apprenant *", "prenom_apprenant *", "date_de_naissance_apprenant *", "sexe_apprenant *",
  "code_postal_de_naissance_apprenant", "email_contact *", "adresse_apprenant *", "code_postal_apprenant *",
  "ine_apprenant", "tel_apprenant", "rqth_apprenant", "date_rqth_apprenant", "responsable_apprenant_mail1",
  "responsable_apprenant_mail2", "dernier_organisme_uai", "derniere_situation", "type_cfa",
  "etablissement_responsable_uai *", "etablissement_responsable_siret *", "etablissement_formateur_uai *",
  "etablissement_formateur_siret *", "etablissement_lieu_de_formation_uai", "etablissement_lieu_de_formation_siret",
  "etablissement_lieu_de_formation_adresse", "etablissement_lieu_de_formation_code_postal", "annee_scolaire *",
  "annee_formation *", "formation_rncp *", "formation_cfd", "date_inscription_formation *", "date_entree_formation *",
  "date_fin_formation *", "duree_theorique_formation_mois *", "libelle_court_formation", "obtention_diplome_formation",
  "date_obtention_diplome_formation", "date_exclusion_formation **", "cause_exclusion_formation", "formation_presentielle",
  "nom_referent_handicap_formation", "prenom_referent_handicap_formation", "email_referent_handicap_formation",
  "contrat_date_debut **", "contrat_date_fin **", "siret_employeur **", "contrat_date_rupture **", "cause_rupture_contrat",
  "contrat_date_debut_2 **", "contrat_date_fin_2**", "siret_employeur_2 **", "contrat_date_rupture_2 **", "cause_rupture_contrat_2",
  "contrat_date_debut_3 **", "contrat_date_fin_3 **", "siret_employeur_3 **", "contrat_date_rupture_3 **", "cause_rupture_contrat_3",
  "contrat_date_debut_4 **", "contrat_date_fin_4 **", "siret_employeur_4 **", "contrat_date_rupture_4 **", "cause_rupture_contrat_4",
];

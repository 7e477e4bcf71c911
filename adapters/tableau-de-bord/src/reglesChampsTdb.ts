/**
 * Nature d'un champ du dossier apprenant, qui fixe sa normalisation et son contrôle
 * (`indicateurs.md` §1.2).
 *
 * @example
 * ```ts
 * const n: NatureChampTdb = "siret";
 * ```
 */
export type NatureChampTdb =
  | "texte"
  | "nom"
  | "libelle"
  | "identifiant"
  | "date"
  | "dateHeure"
  | "anneeScolaire"
  | "booleen"
  | "courriel"
  | "telephone"
  | "sexe"
  | "statut"
  | "rncp"
  | "cfd"
  | "uai"
  | "siret"
  | "codePostal"
  | "codeInsee"
  | "anneeFormation"
  | "dureeAnnees"
  | "dureeMois"
  | "derniereSituation"
  | "dernierOrganismeUai"
  | "typeCfa"
  | "nir";

/**
 * Règle d'un champ : nature, exigence (`R` exigé par l'API, `Ru` exigé en plus au
 * téléversement, `O` facultatif) et sort d'une valeur invalide (`erreur` : ligne refusée ;
 * `efface` : le Tableau de bord remplace silencieusement la valeur par null, ce que le
 * paquet trace en information).
 *
 * @example
 * ```ts
 * const r: RegleChampTdb = { nature: "siret", exigence: "O", invalide: "efface" };
 * ```
 */
export interface RegleChampTdb {
  readonly nature: NatureChampTdb;
  readonly exigence: "R" | "Ru" | "O";
  readonly invalide: "erreur" | "efface";
}

const r = (nature: NatureChampTdb, exigence: "R" | "Ru" | "O" = "O", invalide: "erreur" | "efface" = "erreur"): RegleChampTdb => ({
  nature,
  exigence,
  invalide,
});

const contrats: Record<string, RegleChampTdb> = {};
for (const suffixe of ["", "_2", "_3", "_4"]) {
  contrats[`contrat_date_debut${suffixe}`] = r("date");
  contrats[`contrat_date_fin${suffixe}`] = r("date");
  contrats[`contrat_date_rupture${suffixe}`] = r("date");
  contrats[`cause_rupture_contrat${suffixe}`] = r("texte");
  contrats[`siret_employeur${suffixe}`] = r("siret", "O", "efface");
}

/**
 * Règles de validation de chaque champ du dossier apprenant de l'API v3 du Tableau de bord
 * (`indicateurs.md` §1.3), sous forme de données.
 *
 * @example
 * ```ts
 * reglesChampsTdb["date_entree_formation"]; // { nature: "date", exigence: "R", invalide: "erreur" }
 * ```
 */
export const reglesChampsTdb: Readonly<Record<string, RegleChampTdb>> = {
  nom_apprenant: r("nom", "R"),
  prenom_apprenant: r("libelle", "R"),
  date_de_naissance_apprenant: r("date", "R"),
  annee_scolaire: r("anneeScolaire", "R"),
  id_erp_apprenant: r("identifiant", "R"),
  statut_apprenant: r("statut"),
  date_metier_mise_a_jour_statut: r("dateHeure"),
  ine_apprenant: r("identifiant"),
  email_contact: r("courriel", "Ru"),
  tel_apprenant: r("telephone"),
  libelle_court_formation: r("libelle"),
  annee_formation: r("anneeFormation", "Ru"),
  formation_rncp: r("rncp"),
  formation_cfd: r("cfd"),
  ...contrats,
  custom_statut_apprenant: r("texte"),
  has_nir: r("booleen"),
  nir_apprenant: r("nir"),
  adresse_apprenant: r("texte", "Ru"),
  code_postal_apprenant: r("codePostal", "Ru"),
  code_postal_de_naissance_apprenant: r("codePostal", "O", "efface"),
  code_commune_insee_apprenant: r("codeInsee"),
  code_commune_insee_de_naissance_apprenant: r("codeInsee"),
  sexe_apprenant: r("sexe", "Ru"),
  rqth_apprenant: r("booleen"),
  date_rqth_apprenant: r("date"),
  responsable_apprenant_mail1: r("courriel"),
  responsable_apprenant_mail2: r("courriel"),
  obtention_diplome_formation: r("booleen"),
  date_obtention_diplome_formation: r("date"),
  date_exclusion_formation: r("date"),
  cause_exclusion_formation: r("texte"),
  nom_referent_handicap_formation: r("texte"),
  prenom_referent_handicap_formation: r("texte"),
  email_referent_handicap_formation: r("courriel"),
  formation_presentielle: r("booleen"),
  duree_theorique_formation: r("dureeAnnees", "O", "efface"),
  duree_theorique_formation_mois: r("dureeMois", "O", "efface"),
  date_inscription_formation: r("date", "R"),
  date_entree_formation: r("date", "R"),
  date_fin_formation: r("date", "R"),
  etablissement_responsable_uai: r("uai", "R"),
  etablissement_responsable_siret: r("siret", "R"),
  etablissement_formateur_uai: r("uai", "R"),
  etablissement_formateur_siret: r("siret", "R"),
  etablissement_lieu_de_formation_uai: r("uai"),
  etablissement_lieu_de_formation_siret: r("siret", "O", "efface"),
  etablissement_lieu_de_formation_adresse: r("texte"),
  etablissement_lieu_de_formation_code_postal: r("codePostal"),
  derniere_situation: r("derniereSituation"),
  dernier_organisme_uai: r("dernierOrganismeUai"),
  type_cfa: r("typeCfa"),
};

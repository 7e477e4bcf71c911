function estObjetSimple(valeur: unknown): valeur is Record<string, unknown> {
  return typeof valeur === "object" && valeur !== null && !Array.isArray(valeur);
}

/** Correspondance des champs plats de l'API v3 vers les chemins de l'effectif standard. */
const CHEMINS: Readonly<Record<string, string>> = {
  annee_scolaire: "anneeScolaire",
  id_erp_apprenant: "idErpApprenant",
  nom_apprenant: "apprenant.nom",
  prenom_apprenant: "apprenant.prenom",
  date_de_naissance_apprenant: "apprenant.dateNaissance",
  ine_apprenant: "apprenant.ine",
  email_contact: "apprenant.courriel",
  tel_apprenant: "apprenant.telephone",
  sexe_apprenant: "apprenant.sexe",
  has_nir: "apprenant.aNir",
  rqth_apprenant: "apprenant.rqth",
  date_rqth_apprenant: "apprenant.dateRqth",
  adresse_apprenant: "apprenant.adresse",
  code_postal_apprenant: "apprenant.codePostal",
  code_commune_insee_apprenant: "apprenant.codeInsee",
  code_postal_de_naissance_apprenant: "apprenant.codePostalNaissance",
  code_commune_insee_de_naissance_apprenant: "apprenant.codeInseeNaissance",
  responsable_apprenant_mail1: "apprenant.courrielResponsable1",
  responsable_apprenant_mail2: "apprenant.courrielResponsable2",
  derniere_situation: "apprenant.derniereSituation",
  dernier_organisme_uai: "apprenant.dernierOrganismeUai",
  statut_apprenant: "statut.code",
  date_metier_mise_a_jour_statut: "statut.dateMetier",
  custom_statut_apprenant: "statut.libelleErp",
  formation_rncp: "formation.rncp",
  formation_cfd: "formation.cfd",
  libelle_court_formation: "formation.libelleCourt",
  annee_formation: "formation.anneeFormation",
  date_inscription_formation: "formation.dateInscription",
  date_entree_formation: "formation.dateEntree",
  date_fin_formation: "formation.dateFin",
  duree_theorique_formation_mois: "formation.dureeTheoriqueMois",
  formation_presentielle: "formation.presentielle",
  obtention_diplome_formation: "formation.obtentionDiplome",
  date_obtention_diplome_formation: "formation.dateObtentionDiplome",
  date_exclusion_formation: "formation.exclusion.date",
  cause_exclusion_formation: "formation.exclusion.cause",
  nom_referent_handicap_formation: "formation.referentHandicap.nom",
  prenom_referent_handicap_formation: "formation.referentHandicap.prenom",
  email_referent_handicap_formation: "formation.referentHandicap.courriel",
  etablissement_responsable_uai: "organismeResponsable.uai",
  etablissement_responsable_siret: "organismeResponsable.siret",
  etablissement_formateur_uai: "organismeFormateur.uai",
  etablissement_formateur_siret: "organismeFormateur.siret",
  etablissement_lieu_de_formation_uai: "lieuFormation.uai",
  etablissement_lieu_de_formation_siret: "lieuFormation.siret",
  etablissement_lieu_de_formation_adresse: "lieuFormation.adresse",
  etablissement_lieu_de_formation_code_postal: "lieuFormation.codePostal",
  type_cfa: "typeCfa",
};

const CHAMPS_CONTRAT: Readonly<Record<string, string>> = {
  contrat_date_debut: "dateDebut",
  contrat_date_fin: "dateFin",
  contrat_date_rupture: "dateRupture",
  cause_rupture_contrat: "causeRupture",
  siret_employeur: "siretEmployeur",
};

const SUFFIXES = ["", "_2", "_3", "_4"] as const;

function placer(cible: Record<string, unknown>, chemin: string, valeur: unknown): void {
  const cles = chemin.split(".");
  let courant = cible;
  for (const cle of cles.slice(0, -1)) {
    const suivant = courant[cle];
    if (estObjetSimple(suivant)) courant = suivant;
    else {
      const nouveau: Record<string, unknown> = {};
      courant[cle] = nouveau;
      courant = nouveau;
    }
  }
  courant[cles[cles.length - 1] ?? ""] = valeur;
}

function estVide(valeur: unknown): boolean {
  return valeur === null || valeur === undefined || (typeof valeur === "string" && valeur.trim() === "");
}

/**
 * Noms des champs plats de l'API v3 du Tableau de bord reconnus par
 * {@link dossierApprenantVersEffectif} (contrats 1 à 4 compris).
 *
 * @example
 * ```ts
 * CHAMPS_DOSSIER_APPRENANT_V3.includes("contrat_date_debut_3"); // true
 * ```
 */
export const CHAMPS_DOSSIER_APPRENANT_V3: readonly string[] = [
  ...Object.keys(CHEMINS),
  ...SUFFIXES.flatMap((suffixe) => Object.keys(CHAMPS_CONTRAT).map((champ) => `${champ}${suffixe}`)),
  "nir_apprenant",
  "duree_theorique_formation",
];

/**
 * Convertit un dossier apprenant plat de l'API v3 du Tableau de bord
 * (`nom_apprenant`, `contrat_date_debut_2`, `etablissement_formateur_uai`…) en effectif
 * imbriqué (non encore normalisé). Règles propres à l'API : `nir_apprenant` n'est
 * jamais recopié (seul `aNir` est déduit), `duree_theorique_formation` en années est
 * convertie en mois si la durée en mois manque (sinon elle est gardée telle quelle,
 * donc rangée dans `extensions`), les 4 contrats sont regroupés dans
 * `contrats`. Les marques d'obligation du modèle de fichier (`nom_apprenant *`,
 * `contrat_date_fin_2**`) sont retirées des noms de colonnes. Les champs inconnus sont recopiés tels quels à la racine (l'entrée
 * tolérante les range ensuite dans `extensions`).
 *
 * @example
 * ```ts
 * dossierApprenantVersEffectif({ nom_apprenant: "Martin", contrat_date_debut_2: "2025-09-01", nir_apprenant: "2070369123456" });
 * // { apprenant: { nom: "Martin", aNir: true }, contrats: [{ dateDebut: "2025-09-01" }] }
 * ```
 */
export function dossierApprenantVersEffectif(dossier: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const effectif: Record<string, unknown> = {};
  const contrats = SUFFIXES.map(() => ({}) as Record<string, unknown>);
  for (const [cleBrute, valeur] of Object.entries(dossier)) {
    const cle = cleBrute.replace(/\s*\*+$/u, "").trim();
    if (cle === "nir_apprenant") {
      if (!estVide(valeur) && dossier["has_nir"] === undefined) placer(effectif, "apprenant.aNir", true);
      continue;
    }
    if (cle === "duree_theorique_formation") {
      const annees = typeof valeur === "string" ? Number(valeur.trim()) : valeur;
      const convertible = typeof annees === "number" && Number.isInteger(annees) && annees >= 1 && annees <= 4;
      if (convertible && estVide(dossier["duree_theorique_formation_mois"])) {
        placer(effectif, "formation.dureeTheoriqueMois", annees * 12);
      } else if (!estVide(valeur)) {
        Object.defineProperty(effectif, cle, { value: valeur, enumerable: true, writable: true, configurable: true });
      }
      continue;
    }
    const chemin = Object.hasOwn(CHEMINS, cle) ? CHEMINS[cle] : undefined;
    if (chemin !== undefined) {
      placer(effectif, chemin, valeur);
      continue;
    }
    const contrat = /^(contrat_date_debut|contrat_date_fin|contrat_date_rupture|cause_rupture_contrat|siret_employeur)(_[234])?$/u.exec(cle);
    if (contrat) {
      const index = SUFFIXES.indexOf((contrat[2] ?? "") as (typeof SUFFIXES)[number]);
      const champ = CHAMPS_CONTRAT[contrat[1] ?? ""];
      const cible = contrats[index];
      if (champ !== undefined && cible !== undefined && !estVide(valeur)) cible[champ] = valeur;
      continue;
    }
    Object.defineProperty(effectif, cle, { value: valeur, enumerable: true, writable: true, configurable: true });
  }
  const contratsRenseignes = contrats.filter((contrat) => Object.keys(contrat).length > 0);
  if (contratsRenseignes.length > 0) effectif["contrats"] = contratsRenseignes;
  return effectif;
}

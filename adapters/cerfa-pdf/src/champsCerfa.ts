import type { ChampCerfa } from "./ChampCerfa.js";

const t = (champ: string, chemin: string, conversion: "texte" | "code" | "date" | "montant" | "entier" | "rncp" | "marque" = "texte"): ChampCerfa => ({
  champ,
  nature: "texte",
  chemin,
  conversion,
});
const c = (champ: string, chemin: string, valeurCochee: string | boolean): ChampCerfa => ({ champ, nature: "case", chemin, valeurCochee });
const n = (champ: string, chemin: string): ChampCerfa => ({ champ, nature: "numeroVoie", chemin });
const m = (champ: string, chemin: string, partie: "local" | "domaine" | "suite", longueurMax?: number): ChampCerfa =>
  longueurMax === undefined ? { champ, nature: "courriel", chemin, partie } : { champ, nature: "courriel", chemin, partie, longueurMax };

/** Les huit lignes de rémunération du CERFA *12 : (ligne, champ « du », champ « au », champ « % », champ « SMIC/SMC »). */
const LIGNES_REMUNERATION_12: readonly (readonly [string, string, string, string, string])[] = [
  ["1.1", "Rémunération - 1re  année, du _af_date", "Rémunération - 1re  année, au_af_date", "1e année % du", "1e année % du *"],
  ["1.2", "1e année du_af_date", "1e année au_af_date", "1e année % du1", "1e année % du *1"],
  ["2.1", "Rémunération - 2e  année, du _af_date", "Rémunération - 2e  année, au_af_date", "2e année % du", "2e année % du *"],
  ["2.2", "2e année du_af_date", "2e année au_af_date", "2e année % du1", "2e année % du *1"],
  ["3.1", "Rémunération - 3e  année, du _af_date", "Rémunération - 3e  année, au_af_date", "3e année % du", "3e année % du *"],
  ["3.2", "3e année du_af_date", "3e année au_af_date", "3e année % du1", "3e année % du *1"],
  ["4.1", "Rémunération - 4e  année, du _af_date", "Rémunération - 4e  année, au_af_date", "4e année % du", "4e année % du *"],
  ["4.2", "4e année du_af_date", "4e année au_af_date", "4e année % du1", "4e année % du *1"],
];

/**
 * Table de correspondance du CERFA FA13 n° 10103*12 (modèle `data/cerfa_10103-12_modif.pdf`) :
 * chaque champ AcroForm rempli par le paquet, avec son chemin dans le contrat standard et
 * sa conversion. Les noms de champs sont ceux du PDF officiel, au caractère près (fautes et
 * doubles espaces compris), relevés avec `scripts/listerChampsCerfa.mjs`.
 *
 * @example
 * ```ts
 * champsCerfa12.find((c) => c.champ === "Fait à"); // { nature: "texte", chemin: "signatures.lieu", … }
 * ```
 */
export const champsCerfa12: readonly ChampCerfa[] = [
  // L'employeur
  c("employeur privé", "employeur.privePublic", "prive"),
  c("employeur public", "employeur.privePublic", "public"),
  t("mode contractuel", "contrat.modeContractuel", "code"),
  t("Nom et prénom ou dénomination :", "employeur.denomination"),
  t("N°SIRET de l’établissement d’exécution du contrat :", "employeur.siret"),
  n("N°", "employeur.adresse"),
  t("Voie", "employeur.adresse.voie"),
  t("Complément", "employeur.adresse.complement"),
  t("Code postal", "employeur.adresse.codePostal"),
  t("Commune", "employeur.adresse.commune"),
  t("Téléphone", "employeur.telephone"),
  m("Courriel 1", "employeur.courriel", "local"),
  m("Courriel 2", "employeur.courriel", "domaine"),
  t("Type d’employeur", "employeur.typeEmployeur", "code"),
  t("Employeur spécifique", "employeur.employeurSpecifique", "code"),
  t("Code activité de l’entreprise (NAF) :", "employeur.naf"),
  t("Effectif total salariés de l’entreprise :", "employeur.nombreDeSalaries", "entier"),
  t("Code IDCC de la convention collective applicable :", "employeur.codeIdcc", "code"),
  c(
    "*Pour les employeurs du secteur public, adhésion de l’apprenti au régime spécifique d’assurance chômage :",
    "employeur.regimeSpecifique",
    true,
  ),
  // L'apprenti(e)
  t("Nom de naissance de l’apprenti(e) :", "apprenti.nom"),
  t("Nom d’usage", "apprenti.nomUsage"),
  t("Le premier prénom de l’apprenti(e) selon l’état civil :", "apprenti.prenom"),
  t("NIR de l’apprenti(e)", "apprenti.nir"),
  n("Adresse de l’apprenti(e) N°", "apprenti.adresse"),
  t("Adresse de l’apprenti(e) Voie", "apprenti.adresse.voie"),
  t("Adresse de l’apprenti(e) Complément", "apprenti.adresse.complement"),
  t("Adresse de l’apprenti(e) CP", "apprenti.adresse.codePostal"),
  t("Adresse de l’apprenti(e) Commune", "apprenti.adresse.commune"),
  t("Adresse de l’apprenti(e) Téléphone", "apprenti.telephone"),
  m("Adresse de l’apprenti(e) Courriel1", "apprenti.courriel", "local"),
  m("Adresse de l’apprenti(e) Courriel2", "apprenti.courriel", "domaine"),
  t("Apprenti Date naissance_af_date", "apprenti.dateNaissance", "date"),
  c("Sexe M", "apprenti.sexe", "M"),
  c("Sexe F", "apprenti.sexe", "F"),
  t("Département naissance apprenti", "apprenti.departementNaissance", "code"),
  t("Commune naissance apprenti", "apprenti.communeNaissance"),
  t("Nationalité apprenti", "apprenti.nationalite", "code"),
  t("Régime social apprenti", "apprenti.regimeSocial", "code"),
  c("Déclare être inscrit sur la liste des sportifs de haut niveau OUI", "apprenti.inscriptionSportifDeHautNiveau", true),
  c("Déclare être inscrit sur la liste des sportifs de haut niveau NON", "apprenti.inscriptionSportifDeHautNiveau", false),
  c("Déclare bénéficier de la reconnaissance travailleur handicapé OUI", "apprenti.handicap", true),
  c("Déclare bénéficier de la reconnaissance travailleur handicapé NON", "apprenti.handicap", false),
  t("Situation avant ce contrat", "apprenti.situationAvantContrat", "code"),
  t("Dernier diplôme ou titre préparé", "apprenti.diplomePrepare", "code"),
  t("Dernière classe / année suivie", "apprenti.derniereClasse", "code"),
  t("Intitulé précis du dernier diplôme ou titre préparé :", "apprenti.intituleDiplomePrepare"),
  t("Diplôme ou titre le plus élevé obtenu", "apprenti.diplome", "code"),
  c("Déclare avoir un projet de création ou de reprise d’entreprise OUI", "apprenti.projetCreationRepriseEntreprise", true),
  c("Déclare avoir un projet de création ou de reprise d’entreprise NON", "apprenti.projetCreationRepriseEntreprise", false),
  // Représentant légal
  t("Représentant légal Nom / Prénom", "apprenti.responsableLegal.nom"),
  n("Adresse du représentant légal N°", "apprenti.responsableLegal.adresse"),
  t("Adresse du représentant légal Voie", "apprenti.responsableLegal.adresse.voie"),
  t("Adresse du représentant légal Complément", "apprenti.responsableLegal.adresse.complement"),
  t("Adresse du représentant légal CP", "apprenti.responsableLegal.adresse.codePostal"),
  t("Adresse du représentant légal Commune", "apprenti.responsableLegal.adresse.commune"),
  m("Adresse du représentant légal Courriel1", "apprenti.responsableLegal.courriel", "local"),
  m("Adresse du représentant légal Courriel2", "apprenti.responsableLegal.courriel", "domaine"),
  // Maîtres d'apprentissage
  t("Maître d’apprentissage n°1 Nom de naissance", "maitre1.nom"),
  t("Maître d’apprentissage n°1 Prénom", "maitre1.prenom"),
  t("Maître d’apprentissage n°1 Date naissance_af_date", "maitre1.dateNaissance", "date"),
  m("Maître d’apprentissage n°1 Courriel1", "maitre1.courriel", "local"),
  m("Maître d’apprentissage n°1 Courriel2", "maitre1.courriel", "domaine", 12),
  m("Maître d’apprentissage n°1 Courriel2suite", "maitre1.courriel", "suite"),
  t("Maître d’apprentissage n°1 Emploi occupé :", "maitre1.emploiOccupe"),
  t("Maître d’apprentissage n°1Diplôme ou titre le plus élevé obtenu :", "maitre1.diplome"),
  t("Maître d’apprentissage n°1 Niveau de diplôme ou titre le plus élevé obtenu :", "maitre1.niveauDiplome", "code"),
  c("employeur atteste", "maitre1.attestationEligibilite", true),
  t("Maître d’apprentissage n° 2Nom de naissance", "maitre2.nom"),
  t("Maître d’apprentissage n°2 Prénom", "maitre2.prenom"),
  t("Maître d’apprentissage n°2 Date naissance_af_date", "maitre2.dateNaissance", "date"),
  m("Maître d’apprentissage n°2 Courriel1", "maitre2.courriel", "local"),
  m("Maître d’apprentissage n°2 Courriel2", "maitre2.courriel", "domaine", 12),
  m("Maître d’apprentissage n°2 Courriel2suite", "maitre2.courriel", "suite"),
  t("Maître d’apprentissage n°2 Emploi occupé :", "maitre2.emploiOccupe"),
  t("Maître d’apprentissage n°2 Diplôme ou titre le plus élevé obtenu :", "maitre2.diplome"),
  t("Maître d’apprentissage n°2 Niveau de diplôme ou titre le plus élevé obtenu :", "maitre2.niveauDiplome", "code"),
  // Le contrat
  t("Type de contrat ou d’avenant :", "contrat.typeContratApp", "code"),
  t("Type de dérogation :", "contrat.typeDerogation", "code"),
  t("Numéro du contrat précédent ou du contrat sur lequel porte l’avenant :", "contrat.numeroContratPrecedent"),
  t("Date de conclusion : _af_date", "contrat.dateSignature", "date"),
  t("Date de début d’exécution du contrat : _af_date", "contrat.dateDebutContrat", "date"),
  t("Date de début de formation pratique chez l’employeur : _af_date", "contrat.dateDebutFormationPratique", "date"),
  t("Si avenant, date d’effet :_af_date", "contrat.dateEffetAvenant", "date"),
  t("ate de fin du contrat ou de la période d'apprentissage_af_date", "contrat.dateFinContrat", "date"),
  t("Durée hebdomadaire du travail  heure", "contrat.dureeTravailHebdoHeures", "entier"),
  t("Durée hebdomadaire du travail  minutes", "contrat.dureeTravailHebdoMinutes", "entier"),
  c("Travail sur machines dangereuses ou exposition à des risques particuliers : OUI", "contrat.travailRisque", true),
  c("Travail sur machines dangereuses ou exposition à des risques particuliers : NON", "contrat.travailRisque", false),
  ...LIGNES_REMUNERATION_12.flatMap(([ordre, du, au, taux, type]): ChampCerfa[] => [
    { champ: du, nature: "remuneration", ordre, propriete: "dateDebut" },
    { champ: au, nature: "remuneration", ordre, propriete: "dateFin" },
    { champ: taux, nature: "remuneration", ordre, propriete: "taux" },
    { champ: type, nature: "remuneration", ordre, propriete: "typeSalaire" },
  ]),
  t("Salaire brut mensuel à l’embauche :", "contrat.salaireEmbauche", "montant"),
  t("Caisse de retraite complémentaire :", "contrat.caisseRetraiteSupplementaire"),
  t("Avantages en nature, le cas échéant : Nourriture", "contrat.avantageNourriture", "montant"),
  t("Avantages en nature, le cas échéant : Logement", "contrat.avantageLogement", "montant"),
  t("Avantages en nature, le cas échéant : Autre", "contrat.autreAvantageEnNature", "marque"),
  // La formation
  c("CFA d’entreprise OUI", "organismeFormation.formationInterne", true),
  c("CFA d’entreprise NON", "organismeFormation.formationInterne", false),
  t("Dénomination du CFA responsable :", "organismeFormation.denomination"),
  t("N° UAI du CFA", "organismeFormation.uaiCfa"),
  t("N° SIRET CFA", "organismeFormation.siret"),
  n("Adresse du CFA responsable N°", "organismeFormation.adresse"),
  t("Adresse du CFA responsable Voie", "organismeFormation.adresse.voie"),
  t("Adresse du CFA responsable Complément", "organismeFormation.adresse.complement"),
  t("Adresse du CFA responsable CP", "organismeFormation.adresse.codePostal"),
  t("Adresse du CFA responsable Commune", "organismeFormation.adresse.commune"),
  t("Diplôme ou titre visé par l’apprenti :", "formation.typeDiplome", "code"),
  t("Diplôme ou titre visé par l’apprenti : Intitulé précis :", "formation.intituleQualification"),
  t("Code du diplôme", "formation.codeDiplome"),
  t("Code RNCP", "formation.rncp", "rncp"),
  t("Date de début de formation en CFA :  _af_date", "formation.dateDebutFormation", "date"),
  t("Date prévue de fin des épreuves ou examens :_af_date", "formation.dateFinFormation", "date"),
  t("Durée de la formation :", "formation.dureeFormation", "entier"),
  c("Si le CFA responsable est le lieu de formation principal cochez la case ci-contre", "etablissementFormation.memeResponsable", true),
  t("Dénomination du lieu de formation principal :", "etablissementFormation.denomination"),
  t("N° UAI :", "etablissementFormation.uaiCfa"),
  t("N° SIRET :", "etablissementFormation.siret"),
  n("Adresse du lieu de formation principal : N°", "etablissementFormation.adresse"),
  t("Adresse du lieu de formation principal : Voie", "etablissementFormation.adresse.voie"),
  t("Adresse du lieu de formation principal : Complément", "etablissementFormation.adresse.complement"),
  t("Adresse du lieu de formation principal : CP", "etablissementFormation.adresse.codePostal"),
  t("Adresse du lieu de formation principal : Commune", "etablissementFormation.adresse.commune"),
  // Signatures
  c("L’employeur atteste disposer de l’ensemble des pièces justificatives nécessaires au dépôt du contrat", "signatures.attestationPiecesJustificatives", true),
  t("Fait à", "signatures.lieu"),
];

/**
 * Champs des CERFA *11 et *12 que le paquet ne lit ni n'écrit, avec la raison (ils relèvent de la
 * signature manuscrite ou du CFA).
 *
 * @example
 * ```ts
 * champsIgnoresCerfa.map((c) => c.source); // ["Visa du CFA (cachet et signature du directeur) :", …]
 * ```
 */
export const champsIgnoresCerfa: readonly { readonly source: string; readonly raison: string }[] = [
  { source: "Visa du CFA (cachet et signature du directeur) :", raison: "Champ de signature : visa manuscrit du CFA." },
  { source: "Signature de l’employeur", raison: "Champ de signature manuscrite." },
  { source: "Signature de l’apprenti(e)", raison: "Champ de signature manuscrite." },
  { source: "Signature du représentant légal de l’apprenti(e) mineur(e)", raison: "Champ de signature manuscrite." },
];

/**
 * Chemins du contrat standard que le formulaire CERFA *12 ne porte pas : ils sont perdus
 * à l'écriture d'un PDF (et listés dans `nonTransportes`).
 *
 * @example
 * ```ts
 * cheminsHorsCerfa12.includes("apprenti.responsableLegal.prenom"); // true
 * ```
 */
export const cheminsHorsCerfa12: readonly string[] = [
  "versionCerfa",
  "employeur.raisonSociale",
  "employeur.nom",
  "employeur.prenom",
  "employeur.adresse.departement",
  "employeur.adresse.region",
  "employeur.libelleIdcc",
  "employeur.codeIdccs",
  "employeur.caisseComplementaire",
  "employeur.attestationEligibilite",
  "employeur.attestationPieces",
  "apprenti.age",
  "apprenti.lieuNaissanceFrance",
  "apprenti.adresse.pays",
  "apprenti.handicapEquivalenceJeunes",
  "apprenti.handicapExtensionBoe",
  "apprenti.apprentiMineur",
  "apprenti.apprentiMineurNonEmancipe",
  "apprenti.responsableLegal.prenom",
  "apprenti.responsableLegal.memeAdresse",
  "apprenti.responsableLegal.adresse.pays",
  "maitre1.nir",
  "maitre2.nir",
  "maitre2.attestationEligibilite",
  "contrat.noContrat",
  "contrat.noAvenant",
  "contrat.dateRupture",
  "contrat.dureeContrat",
  "contrat.lieuSignatureContrat",
  "contrat.avantageNature",
  "contrat.smc",
  "contrat.smic",
  "contrat.remunerationMajoration",
  "contrat.remunerationsAnnuelles.*.tauxMinimal",
  "contrat.remunerationsAnnuelles.*.salaireBrut",
  "formation.dureeFormationCalc",
  "formation.nombreHeuresEnDistanciel",
  "formation.dateObtentionDiplome",
  "organismeFormation.visaCfa",
];

/** Champs du CERFA *12 absents du *11 : 2e période de chaque année (%, SMIC/SMC), attestation du maître, mode contractuel. */
const ABSENTS_DU_11 = new Set([
  "1e année % du1", "1e année % du *1", "2e année % du1", "2e année % du *1",
  "3e année % du1", "3e année % du *1", "4e année % du1", "4e année % du *1",
  "employeur atteste", "mode contractuel",
]);

/**
 * Table de correspondance du CERFA FA13 n° 10103*11 (149 champs AcroForm) : celle du *12
 * sans la 2e période des taux de rémunération, l'attestation du maître et le mode
 * contractuel, avec en plus le NIR de chaque maître d'apprentissage.
 *
 * @example
 * ```ts
 * champsCerfa11.some((c) => c.champ === "Maître d’apprentissage n°1 NIR"); // true
 * ```
 */
export const champsCerfa11: readonly ChampCerfa[] = [
  ...champsCerfa12.filter((c) => !ABSENTS_DU_11.has(c.champ)),
  t("Maître d’apprentissage n°1 NIR", "maitre1.nir"),
  t("Maître d’apprentissage n°2 NIR", "maitre2.nir"),
];

/**
 * Versions du CERFA 10103 prises en charge et leur table de correspondance (une table par
 * version, `contrat.md` §5).
 *
 * @example
 * ```ts
 * champsParVersionCerfa["11"].length; // 145
 * ```
 */
export const champsParVersionCerfa: Readonly<Record<"11" | "12", readonly ChampCerfa[]>> = {
  "11": champsCerfa11,
  "12": champsCerfa12,
};

/**
 * Reconnaît la version d'un formulaire CERFA 10103 d'après les noms de ses champs
 * AcroForm : `"11"` si le NIR des maîtres est présent, `"12"` si un champ propre au *12
 * l'est, `undefined` si aucun champ connu n'apparaît.
 *
 * @example
 * ```ts
 * versionFormulaireCerfa(new Set(["Maître d’apprentissage n°1 NIR", "Fait à"])); // "11"
 * ```
 */
export function versionFormulaireCerfa(noms: ReadonlySet<string>): "11" | "12" | undefined {
  if (noms.has("Maître d’apprentissage n°1 NIR") || noms.has("Maître d’apprentissage n°2 NIR")) return "11";
  return champsCerfa12.some((c) => noms.has(c.champ)) ? "12" : undefined;
}

import type { Lecture } from "../Lecture";

/**
 * Bloc du CERFA FA13 auquel appartient un champ (pour la complétude par bloc).
 *
 * @example
 * ```ts
 * const bloc: BlocCerfa = "maitre";
 * ```
 */
export type BlocCerfa = "employeur" | "apprenti" | "maitre" | "contrat" | "formation" | "signatures";

/**
 * Champ obligatoire du CERFA, éventuellement sous condition (notice du CERFA).
 *
 * @example
 * ```ts
 * const c: ChampObligatoire = { chemin: "employeur.siret", bloc: "employeur", libelle: "Le SIRET de l'employeur" };
 * ```
 */
export interface ChampObligatoire {
  chemin: string;
  bloc: BlocCerfa;
  /** Sujet du message « … est obligatoire ». */
  libelle: string;
  /** Chemins acceptés à la place (représentations [P] / [Pub]). */
  alternatives?: readonly string[];
  /** Le champ doit valoir `true` (consentement, attestation). */
  doitEtreVrai?: boolean;
  /** Condition d'obligation ; absent = toujours obligatoire. */
  condition?: (l: Lecture) => boolean;
  /** Condition en clair, publiée avec le champ. */
  conditionTexte?: string;
}

/**
 * Champ toujours exigé, sans autre représentation ni attestation, qu'il suffit de trouver
 * renseigné : ceux-là forment la garde générée au build (`champsSimplesRemplis`).
 *
 * @example
 * ```ts
 * champsObligatoires.filter(estChampSimple).map((c) => c.chemin);
 * ```
 */
export function estChampSimple(champ: ChampObligatoire): boolean {
  return champ.condition === undefined && champ.alternatives === undefined && champ.doitEtreVrai !== true;
}

const vrai = (chemin: string) => (l: Lecture) => l.brut(chemin) === true;
const faux = (chemin: string) => (l: Lecture) => l.brut(chemin) === false;
const mineurNonEmancipe = vrai("apprenti.apprentiMineurNonEmancipe");
const avenant = (l: Lecture) => {
  const t = l.brut("contrat.typeContratApp");
  return (typeof t === "string" || typeof t === "number") && /^3[1-8]$/.test(String(t).trim());
};
const lieuDistinct = faux("etablissementFormation.memeResponsable");
const adresseResponsableLegal = (l: Lecture) => mineurNonEmancipe(l) && l.brut("apprenti.responsableLegal.memeAdresse") === false;

function adresse(prefixe: string, bloc: BlocCerfa, sujet: string, condition?: (l: Lecture) => boolean, conditionTexte?: string): ChampObligatoire[] {
  const champs: [string, string][] = [
    ["voie", `La voie de l'adresse ${sujet}`],
    ["codePostal", `Le code postal ${sujet}`],
    ["commune", `La commune ${sujet}`],
  ];
  return champs.map(([c, libelle]) => ({ chemin: `${prefixe}.${c}`, bloc, libelle, ...(condition === undefined ? {} : { condition }), ...(conditionTexte === undefined ? {} : { conditionTexte }) }));
}

/**
 * Table des champs obligatoires du CERFA FA13, statiques et conditionnels (R-REQ),
 * exprimée en données : chemin, bloc, libellé et condition. Le champ « employeur
 * spécifique » et « CFA d'entreprise » sont exclus de la complétude (comme dans l'application de
 * référence). Le SMC (21 ans et plus) relève de la règle `remuneration.smc.presence`.
 *
 * @example
 * ```ts
 * champsObligatoires.filter((c) => c.bloc === "employeur").map((c) => c.chemin);
 * ```
 */
export const champsObligatoires: readonly ChampObligatoire[] = [
  { chemin: "employeur.privePublic", bloc: "employeur", libelle: "Le caractère privé ou public de l'employeur" },
  { chemin: "employeur.siret", bloc: "employeur", libelle: "Le SIRET de l'employeur" },
  { chemin: "employeur.denomination", bloc: "employeur", libelle: "La dénomination de l'employeur" },
  ...adresse("employeur.adresse", "employeur", "de l'employeur"),
  { chemin: "employeur.telephone", bloc: "employeur", libelle: "Le téléphone de l'employeur" },
  { chemin: "employeur.courriel", bloc: "employeur", libelle: "Le courriel de l'employeur" },
  { chemin: "employeur.typeEmployeur", bloc: "employeur", libelle: "Le type d'employeur" },
  { chemin: "employeur.naf", bloc: "employeur", libelle: "Le code NAF de l'employeur" },
  { chemin: "employeur.nombreDeSalaries", bloc: "employeur", libelle: "L'effectif de l'entreprise" },
  { chemin: "employeur.codeIdcc", bloc: "employeur", libelle: "Le code IDCC de la convention collective" },
  { chemin: "employeur.libelleIdcc", bloc: "employeur", libelle: "Le libellé de la convention collective" },

  { chemin: "apprenti.nom", bloc: "apprenti", libelle: "Le nom de naissance de l'apprenti(e)" },
  { chemin: "apprenti.prenom", bloc: "apprenti", libelle: "Le prénom de l'apprenti(e)" },
  { chemin: "apprenti.dateNaissance", bloc: "apprenti", libelle: "La date de naissance de l'apprenti(e)" },
  { chemin: "apprenti.sexe", bloc: "apprenti", libelle: "Le sexe de l'apprenti(e)" },
  { chemin: "apprenti.communeNaissance", bloc: "apprenti", libelle: "La commune de naissance de l'apprenti(e)" },
  { chemin: "apprenti.departementNaissance", bloc: "apprenti", libelle: "Le département de naissance de l'apprenti(e)" },
  { chemin: "apprenti.nationalite", bloc: "apprenti", libelle: "La nationalité de l'apprenti(e)" },
  { chemin: "apprenti.regimeSocial", bloc: "apprenti", libelle: "Le régime social de l'apprenti(e)" },
  ...adresse("apprenti.adresse", "apprenti", "de l'apprenti(e)"),
  { chemin: "apprenti.telephone", bloc: "apprenti", libelle: "Le téléphone de l'apprenti(e)" },
  { chemin: "apprenti.courriel", bloc: "apprenti", libelle: "Le courriel de l'apprenti(e)" },
  { chemin: "apprenti.projetCreationRepriseEntreprise", bloc: "apprenti", libelle: "La réponse « projet de création ou de reprise d'entreprise »" },
  { chemin: "apprenti.inscriptionSportifDeHautNiveau", bloc: "apprenti", libelle: "La réponse « sportif de haut niveau »" },
  { chemin: "apprenti.handicap", bloc: "apprenti", libelle: "La réponse « reconnaissance de la qualité de travailleur handicapé »" },
  { chemin: "apprenti.situationAvantContrat", bloc: "apprenti", libelle: "La situation avant ce contrat" },
  { chemin: "apprenti.diplomePrepare", bloc: "apprenti", libelle: "Le dernier diplôme ou titre préparé" },
  { chemin: "apprenti.intituleDiplomePrepare", bloc: "apprenti", libelle: "L'intitulé du dernier diplôme ou titre préparé" },
  { chemin: "apprenti.derniereClasse", bloc: "apprenti", libelle: "La dernière classe ou année suivie" },
  { chemin: "apprenti.diplome", bloc: "apprenti", libelle: "Le diplôme ou titre le plus élevé obtenu" },
  { chemin: "apprenti.apprentiMineur", bloc: "apprenti", libelle: "La réponse « apprenti(e) mineur(e) à la date de conclusion »" },
  {
    chemin: "apprenti.apprentiMineurNonEmancipe",
    bloc: "apprenti",
    libelle: "La réponse « apprenti(e) mineur(e) non émancipé(e) »",
    condition: vrai("apprenti.apprentiMineur"),
    conditionTexte: "apprenti mineur",
  },
  { chemin: "apprenti.responsableLegal.nom", bloc: "apprenti", libelle: "Le nom du représentant légal", condition: mineurNonEmancipe, conditionTexte: "apprenti mineur non émancipé" },
  { chemin: "apprenti.responsableLegal.courriel", bloc: "apprenti", libelle: "Le courriel du représentant légal", condition: mineurNonEmancipe, conditionTexte: "apprenti mineur non émancipé" },
  {
    chemin: "apprenti.responsableLegal.memeAdresse",
    bloc: "apprenti",
    libelle: "La réponse « le représentant légal habite à la même adresse »",
    condition: mineurNonEmancipe,
    conditionTexte: "apprenti mineur non émancipé",
  },
  ...adresse("apprenti.responsableLegal.adresse", "apprenti", "du représentant légal", adresseResponsableLegal, "représentant légal à une autre adresse que l'apprenti"),

  { chemin: "maitre1.nom", bloc: "maitre", libelle: "Le nom du maître d'apprentissage" },
  { chemin: "maitre1.prenom", bloc: "maitre", libelle: "Le prénom du maître d'apprentissage" },
  { chemin: "maitre1.dateNaissance", bloc: "maitre", libelle: "La date de naissance du maître d'apprentissage" },
  { chemin: "maitre1.emploiOccupe", bloc: "maitre", libelle: "L'emploi occupé par le maître d'apprentissage" },
  { chemin: "maitre1.niveauDiplome", bloc: "maitre", libelle: "Le niveau de diplôme du maître d'apprentissage" },
  { chemin: "maitre1.diplome", bloc: "maitre", libelle: "Le diplôme le plus élevé du maître d'apprentissage" },
  { chemin: "maitre1.courriel", bloc: "maitre", libelle: "Le courriel du maître d'apprentissage" },
  {
    chemin: "maitre1.attestationEligibilite",
    bloc: "maitre",
    libelle: "L'attestation d'éligibilité du maître d'apprentissage",
    alternatives: ["employeur.attestationEligibilite"],
    doitEtreVrai: true,
  },

  { chemin: "contrat.modeContractuel", bloc: "contrat", libelle: "Le mode contractuel" },
  { chemin: "contrat.typeContratApp", bloc: "contrat", libelle: "Le type de contrat ou d'avenant" },
  { chemin: "contrat.dateDebutContrat", bloc: "contrat", libelle: "La date de début d'exécution du contrat" },
  { chemin: "contrat.dateDebutFormationPratique", bloc: "contrat", libelle: "La date de début de la formation pratique chez l'employeur" },
  { chemin: "contrat.dateFinContrat", bloc: "contrat", libelle: "La date de fin du contrat" },
  { chemin: "contrat.dateSignature", bloc: "contrat", libelle: "La date de conclusion du contrat", alternatives: ["contrat.dateConclusion"] },
  { chemin: "contrat.numeroContratPrecedent", bloc: "contrat", libelle: "Le numéro du contrat sur lequel porte l'avenant", condition: avenant, conditionTexte: "avenant (types 31 à 38)" },
  { chemin: "contrat.dateEffetAvenant", bloc: "contrat", libelle: "La date d'effet de l'avenant", condition: avenant, conditionTexte: "avenant (types 31 à 38)" },
  { chemin: "contrat.dureeTravailHebdoHeures", bloc: "contrat", libelle: "La durée hebdomadaire du travail" },
  { chemin: "contrat.travailRisque", bloc: "contrat", libelle: "La réponse « travail sur machines dangereuses ou exposition à des risques particuliers »" },
  { chemin: "contrat.caisseRetraiteSupplementaire", bloc: "contrat", libelle: "La caisse de retraite complémentaire", alternatives: ["contrat.caisseRetraiteComplementaire"] },
  { chemin: "contrat.avantageNature", bloc: "contrat", libelle: "La réponse « avantages en nature »" },

  { chemin: "formation.rncp", bloc: "formation", libelle: "Le code RNCP de la formation" },
  { chemin: "formation.codeDiplome", bloc: "formation", libelle: "Le code diplôme de la formation" },
  { chemin: "formation.typeDiplome", bloc: "formation", libelle: "Le diplôme ou titre visé" },
  { chemin: "formation.intituleQualification", bloc: "formation", libelle: "L'intitulé de la qualification visée" },
  { chemin: "formation.dateDebutFormation", bloc: "formation", libelle: "La date de début de la formation" },
  { chemin: "formation.dateFinFormation", bloc: "formation", libelle: "La date de fin de la formation" },
  { chemin: "formation.dureeFormation", bloc: "formation", libelle: "La durée de la formation" },
  { chemin: "organismeFormation.siret", bloc: "formation", libelle: "Le SIRET du CFA responsable" },
  { chemin: "organismeFormation.uaiCfa", bloc: "formation", libelle: "L'UAI du CFA responsable" },
  { chemin: "organismeFormation.denomination", bloc: "formation", libelle: "La dénomination du CFA responsable" },
  ...adresse("organismeFormation.adresse", "formation", "du CFA responsable"),
  { chemin: "etablissementFormation.memeResponsable", bloc: "formation", libelle: "La réponse « le CFA responsable est le lieu principal de formation »" },
  { chemin: "etablissementFormation.siret", bloc: "formation", libelle: "Le SIRET du lieu de formation", condition: lieuDistinct, conditionTexte: "lieu de formation distinct du CFA responsable" },
  { chemin: "etablissementFormation.uaiCfa", bloc: "formation", libelle: "L'UAI du lieu de formation", condition: lieuDistinct, conditionTexte: "lieu de formation distinct du CFA responsable" },
  { chemin: "etablissementFormation.denomination", bloc: "formation", libelle: "La dénomination du lieu de formation", condition: lieuDistinct, conditionTexte: "lieu de formation distinct du CFA responsable" },
  ...adresse("etablissementFormation.adresse", "formation", "du lieu de formation", lieuDistinct, "lieu de formation distinct du CFA responsable"),

  { chemin: "signatures.lieu", bloc: "signatures", libelle: "Le lieu de signature (« Fait à »)", alternatives: ["contrat.lieuSignatureContrat"] },
  {
    chemin: "signatures.attestationPiecesJustificatives",
    bloc: "signatures",
    libelle: "L'attestation de détention des pièces justificatives",
    alternatives: ["employeur.attestationPieces"],
    doitEtreVrai: true,
  },
];

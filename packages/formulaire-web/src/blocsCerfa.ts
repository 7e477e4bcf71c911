import type { BlocFormulaire, ChampFormulaire } from "./BlocFormulaire";

const adresse = (prefixe: string): ChampFormulaire[] => [
  { chemin: `${prefixe}.numero`, libelle: "Numéro", type: "texte" },
  { chemin: `${prefixe}.voie`, libelle: "Voie", type: "texte" },
  { chemin: `${prefixe}.codePostal`, libelle: "Code postal", type: "texte", modeSaisie: "numeric", aide: "5 chiffres" },
  { chemin: `${prefixe}.commune`, libelle: "Commune", type: "texte" },
];

const OUI_NON = "ouiNon" as const;

/**
 * Blocs du formulaire CERFA FA13 (n° 10103*12), dans l'ordre de saisie : employeur, apprenti,
 * représentant légal, maîtres d'apprentissage, contrat, rémunération, formation, puis signature.
 * Les chemins sont ceux du format standard de `@communs-opco/schemas`.
 *
 * @example
 * ```ts
 * blocsCerfa.map((b) => b.titre); // ["Employeur", "Apprenti(e)", …]
 * ```
 */
export const blocsCerfa: readonly BlocFormulaire[] = [
  {
    id: "employeur",
    titre: "Employeur",
    blocCompletude: "employeur",
    profil: "employeur",
    champs: [
      { chemin: "employeur.siret", libelle: "SIRET de l'établissement d'exécution", type: "texte", modeSaisie: "numeric", aide: "14 chiffres, sans espace" },
      { chemin: "employeur.privePublic", libelle: "Employeur privé ou public", type: "choix", choix: [["prive", "Privé"], ["public", "Public"]] },
      { chemin: "employeur.denomination", libelle: "Dénomination", type: "texte" },
      ...adresse("employeur.adresse"),
      { chemin: "employeur.telephone", libelle: "Téléphone", type: "telephone" },
      { chemin: "employeur.courriel", libelle: "Courriel", type: "courriel" },
      { chemin: "employeur.typeEmployeur", libelle: "Type d'employeur (code CERFA)", type: "texte", aide: "Par exemple 11 : entreprise inscrite au répertoire des métiers" },
      { chemin: "employeur.naf", libelle: "Code NAF", type: "texte", aide: "Par exemple 10.71C" },
      { chemin: "employeur.nombreDeSalaries", libelle: "Effectif de l'entreprise", type: "nombre", modeSaisie: "numeric" },
      { chemin: "employeur.codeIdcc", libelle: "Code IDCC de la convention collective", type: "texte", modeSaisie: "numeric" },
      { chemin: "employeur.libelleIdcc", libelle: "Libellé de la convention collective", type: "texte" },
    ],
  },
  {
    id: "apprenti",
    titre: "Apprenti(e)",
    blocCompletude: "apprenti",
    champs: [
      { chemin: "apprenti.nom", libelle: "Nom de naissance", type: "texte" },
      { chemin: "apprenti.prenom", libelle: "Prénom", type: "texte" },
      { chemin: "apprenti.dateNaissance", libelle: "Date de naissance", type: "date" },
      { chemin: "apprenti.sexe", libelle: "Sexe", type: "choix", choix: [["F", "Féminin"], ["M", "Masculin"]] },
      { chemin: "apprenti.communeNaissance", libelle: "Commune de naissance", type: "texte" },
      { chemin: "apprenti.departementNaissance", libelle: "Département de naissance", type: "texte", aide: "Par exemple 69, 2A ou 976 ; 99 pour l'étranger" },
      { chemin: "apprenti.nationalite", libelle: "Nationalité (code CERFA)", type: "choix", choix: [["1", "Française"], ["2", "Union européenne"], ["3", "Étranger hors Union européenne"]] },
      { chemin: "apprenti.regimeSocial", libelle: "Régime social (code CERFA)", type: "choix", choix: [["1", "MSA"], ["2", "URSSAF"]] },
      ...adresse("apprenti.adresse"),
      { chemin: "apprenti.telephone", libelle: "Téléphone", type: "telephone" },
      { chemin: "apprenti.courriel", libelle: "Courriel", type: "courriel" },
      { chemin: "apprenti.projetCreationRepriseEntreprise", libelle: "Projet de création ou de reprise d'entreprise", type: OUI_NON },
      { chemin: "apprenti.inscriptionSportifDeHautNiveau", libelle: "Inscrit(e) sur la liste des sportifs de haut niveau", type: OUI_NON },
      { chemin: "apprenti.handicap", libelle: "Reconnaissance de la qualité de travailleur handicapé", type: OUI_NON },
      { chemin: "apprenti.situationAvantContrat", libelle: "Situation avant ce contrat (code CERFA)", type: "texte" },
      { chemin: "apprenti.diplomePrepare", libelle: "Dernier diplôme ou titre préparé (code CERFA)", type: "texte" },
      { chemin: "apprenti.intituleDiplomePrepare", libelle: "Intitulé du dernier diplôme ou titre préparé", type: "texte" },
      { chemin: "apprenti.derniereClasse", libelle: "Dernière classe ou année suivie (code CERFA)", type: "texte" },
      { chemin: "apprenti.diplome", libelle: "Diplôme ou titre le plus élevé obtenu (code CERFA)", type: "texte" },
      { chemin: "apprenti.apprentiMineur", libelle: "Apprenti(e) mineur(e) à la date de conclusion", type: OUI_NON },
      { chemin: "apprenti.apprentiMineurNonEmancipe", libelle: "Apprenti(e) mineur(e) non émancipé(e)", type: OUI_NON },
    ],
  },
  {
    id: "representant",
    titre: "Représentant légal",
    blocCompletude: "apprenti",
    champs: [
      { chemin: "apprenti.responsableLegal.nom", libelle: "Nom et prénom du représentant légal", type: "texte" },
      { chemin: "apprenti.responsableLegal.courriel", libelle: "Courriel du représentant légal", type: "courriel" },
      { chemin: "apprenti.responsableLegal.memeAdresse", libelle: "Habite à la même adresse que l'apprenti(e)", type: OUI_NON },
      ...adresse("apprenti.responsableLegal.adresse"),
    ],
  },
  {
    id: "maitres",
    titre: "Maîtres d'apprentissage",
    blocCompletude: "maitre",
    profil: "maitre",
    champs: [
      { chemin: "maitre1.nom", libelle: "Nom du maître d'apprentissage n° 1", type: "texte" },
      { chemin: "maitre1.prenom", libelle: "Prénom du maître d'apprentissage n° 1", type: "texte" },
      { chemin: "maitre1.dateNaissance", libelle: "Date de naissance du maître n° 1", type: "date" },
      { chemin: "maitre1.courriel", libelle: "Courriel du maître n° 1", type: "courriel" },
      { chemin: "maitre1.emploiOccupe", libelle: "Emploi occupé par le maître n° 1", type: "texte" },
      { chemin: "maitre1.diplome", libelle: "Diplôme ou titre le plus élevé du maître n° 1", type: "texte" },
      { chemin: "maitre1.niveauDiplome", libelle: "Niveau de ce diplôme (code CERFA)", type: "texte" },
      { chemin: "maitre1.attestationEligibilite", libelle: "L'employeur atteste que le maître n° 1 remplit les conditions", type: OUI_NON },
      { chemin: "maitre2.nom", libelle: "Nom du maître d'apprentissage n° 2 (facultatif)", type: "texte" },
      { chemin: "maitre2.prenom", libelle: "Prénom du maître n° 2", type: "texte" },
      { chemin: "maitre2.dateNaissance", libelle: "Date de naissance du maître n° 2", type: "date" },
    ],
  },
  {
    id: "contrat",
    titre: "Contrat",
    blocCompletude: "contrat",
    champs: [
      { chemin: "contrat.modeContractuel", libelle: "Mode contractuel (code CERFA)", type: "choix", choix: [["1", "À durée limitée"], ["2", "Dans le cadre d'un CDI"], ["3", "Entreprise de travail temporaire"], ["4", "Activités saisonnières"]] },
      { chemin: "contrat.typeContratApp", libelle: "Type de contrat ou d'avenant (code CERFA)", type: "texte", aide: "11 : premier contrat d'apprentissage ; 31 à 38 : avenants" },
      { chemin: "contrat.numeroContratPrecedent", libelle: "Numéro du contrat précédent (avenant)", type: "texte" },
      { chemin: "contrat.dateSignature", libelle: "Date de conclusion", type: "date" },
      { chemin: "contrat.dateDebutContrat", libelle: "Date de début d'exécution", type: "date" },
      { chemin: "contrat.dateDebutFormationPratique", libelle: "Début de la formation pratique chez l'employeur", type: "date" },
      { chemin: "contrat.dateFinContrat", libelle: "Date de fin du contrat", type: "date" },
      { chemin: "contrat.dureeTravailHebdoHeures", libelle: "Durée hebdomadaire du travail (heures)", type: "nombre", modeSaisie: "decimal" },
      { chemin: "contrat.travailRisque", libelle: "Travail sur machines dangereuses ou exposition à des risques particuliers", type: OUI_NON },
      { chemin: "contrat.caisseRetraiteSupplementaire", libelle: "Caisse de retraite complémentaire", type: "texte" },
      { chemin: "contrat.avantageNature", libelle: "Avantages en nature", type: OUI_NON },
    ],
  },
  {
    id: "remuneration",
    titre: "Rémunération",
    blocCompletude: "contrat",
    champs: [
      { chemin: "contrat.salaireEmbauche", libelle: "Salaire brut mensuel à l'embauche (euros)", type: "nombre", modeSaisie: "decimal" },
      { chemin: "contrat.smc", libelle: "Salaire minimum conventionnel (euros, 21 ans et plus)", type: "nombre", modeSaisie: "decimal" },
    ],
  },
  {
    id: "formation",
    titre: "Formation",
    blocCompletude: "formation",
    profil: "cfa",
    champs: [
      { chemin: "formation.rncp", libelle: "Code RNCP", type: "texte", aide: "Par exemple RNCP37537" },
      { chemin: "formation.codeDiplome", libelle: "Code diplôme (CFD)", type: "texte", modeSaisie: "numeric" },
      { chemin: "formation.typeDiplome", libelle: "Diplôme ou titre visé (code CERFA)", type: "texte" },
      { chemin: "formation.intituleQualification", libelle: "Intitulé de la qualification visée", type: "texte" },
      { chemin: "formation.dateDebutFormation", libelle: "Date de début de la formation", type: "date" },
      { chemin: "formation.dateFinFormation", libelle: "Date de fin de la formation", type: "date" },
      { chemin: "formation.dureeFormation", libelle: "Durée de la formation (heures)", type: "nombre", modeSaisie: "numeric" },
      { chemin: "organismeFormation.uaiCfa", libelle: "UAI du CFA responsable", type: "texte", aide: "7 chiffres et une lettre" },
      { chemin: "organismeFormation.siret", libelle: "SIRET du CFA responsable", type: "texte", modeSaisie: "numeric" },
      { chemin: "organismeFormation.denomination", libelle: "Dénomination du CFA responsable", type: "texte" },
      ...adresse("organismeFormation.adresse"),
      { chemin: "etablissementFormation.memeResponsable", libelle: "Le CFA responsable est le lieu principal de formation", type: OUI_NON },
    ],
  },
  {
    id: "signature",
    titre: "Signature",
    blocCompletude: "signatures",
    champs: [
      { chemin: "signatures.lieu", libelle: "Fait à", type: "texte" },
      { chemin: "signatures.attestationPiecesJustificatives", libelle: "L'employeur atteste disposer des pièces justificatives", type: OUI_NON },
    ],
  },
];

import { verifierCfd, verifierNir, verifierNumeroDeca, verifierRncp, verifierSiret, verifierUai } from "@communs-opco/identifiants";
import { regleFormatIdentifiant } from "./regleFormatIdentifiant";
import { documentationControle, noticeCerfa } from "./referencesJuridiques";

/**
 * SIRET de l'employeur, du CFA responsable et du lieu de formation : 14 chiffres et clé de Luhn
 * (exception de La Poste, SIREN 356000000). Contrôles R-SIRET-FMT et R-SIRET-LUHN.
 *
 * @example
 * ```ts
 * evaluerRegles([regleFormatSiret], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleFormatSiret = regleFormatIdentifiant({
  id: "identifiants.siret.format",
  ecartReference: "l'application de référence ne contrôle pas la clé de Luhn (format et existence seulement).",
  titre: "Format et clé des SIRET",
  description: "Chaque SIRET renseigné comporte 14 chiffres et une clé de contrôle (Luhn) valide ; les établissements de La Poste (SIREN 356000000) sont valides quand la somme de leurs chiffres est un multiple de 5.",
  severite: "bloquant",
  references: [noticeCerfa("rubriques « L'employeur » et « La formation » : numéro SIRET"), documentationControle("identifiants", "R-SIRET-FMT, R-SIRET-LUHN")],
  chemins: ["employeur.siret", "organismeFormation.siret", "etablissementFormation.siret"],
  idSpecification: ["R-SIRET-FMT", "R-SIRET-LUHN"],
  libelle: "SIRET",
  verifier: verifierSiret,
});

/**
 * UAI du CFA responsable et du lieu de formation : 7 chiffres et une lettre clé (R-UAI).
 *
 * @example
 * ```ts
 * evaluerRegles([regleFormatUai], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleFormatUai = regleFormatIdentifiant({
  id: "identifiants.uai.format",
  ecartReference: "l'application publique ne contrôle que le format (avec un message erroné « 8 chiffres + 1 lettre ») ; l'application privée aucun.",
  titre: "Format et lettre clé des UAI",
  description: "Chaque UAI renseigné comporte 7 chiffres suivis d'une lettre clé correcte (rang du nombre modulo 23 dans l'alphabet sans I, O, Q).",
  severite: "bloquant",
  references: [noticeCerfa("rubrique « La formation » : numéro UAI du CFA"), documentationControle("identifiants", "R-UAI")],
  chemins: ["organismeFormation.uaiCfa", "etablissementFormation.uaiCfa"],
  idSpecification: ["R-UAI"],
  libelle: "UAI",
  verifier: verifierUai,
});

/**
 * Code RNCP de la certification préparée : `RNCP` suivi de 3 à 5 chiffres (R-RNCP, format ;
 * l'existence se vérifie avec les référentiels).
 *
 * @example
 * ```ts
 * evaluerRegles([regleFormatRncp], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleFormatRncp = regleFormatIdentifiant({
  id: "formation.rncp.format",
  titre: "Format du code RNCP",
  description: "Le code RNCP s'écrit « RNCP » suivi de 3 à 5 chiffres (le préfixe peut être omis à la saisie).",
  severite: "bloquant",
  references: [noticeCerfa("rubrique « La formation » : code RNCP"), documentationControle("identifiants", "R-RNCP", "format")],
  chemins: ["formation.rncp"],
  idSpecification: ["R-RNCP"],
  libelle: "Code RNCP",
  verifier: verifierRncp,
});

/**
 * Code diplôme (CFD) : 8 caractères (R-CFD, format ; l'existence se vérifie avec les référentiels).
 *
 * @example
 * ```ts
 * evaluerRegles([regleFormatCfd], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleFormatCfd = regleFormatIdentifiant({
  id: "formation.codeDiplome.format",
  titre: "Format du code diplôme (CFD)",
  description: "Le code formation diplôme comporte 8 caractères : 3 caractères de niveau, 3 chiffres de groupe de spécialité et 2 caractères d'ordre.",
  severite: "bloquant",
  references: [noticeCerfa("rubrique « La formation » : code du diplôme"), documentationControle("identifiants", "R-CFD", "format")],
  chemins: ["formation.codeDiplome"],
  idSpecification: ["R-CFD"],
  libelle: "Code diplôme",
  verifier: verifierCfd,
});

/**
 * Numéros DECA (contrat précédent, contrat, avenant) : 15 caractères, département, année, mois,
 * « NC » ou 2 chiffres, 4 chiffres (R-NUM).
 *
 * @example
 * ```ts
 * evaluerRegles([regleFormatNumeroDeca], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleFormatNumeroDeca = regleFormatIdentifiant({
  id: "contrat.numeroDeca.format",
  titre: "Format des numéros DECA",
  description: "Les numéros DECA (contrat précédent, contrat, avenant) comportent 15 caractères : département sur 3 caractères, année, mois (01–12), « NC » ou 2 chiffres, puis 4 chiffres.",
  severite: "bloquant",
  references: [noticeCerfa("rubrique « Le contrat » : numéro du contrat précédent ou du contrat sur lequel porte l'avenant"), documentationControle("identifiants", "R-NUM")],
  chemins: ["contrat.numeroContratPrecedent", "contrat.noContrat", "contrat.noAvenant"],
  idSpecification: ["R-NUM"],
  libelle: "Numéro DECA",
  verifier: verifierNumeroDeca,
});

/**
 * NIR de l'apprenti et des maîtres d'apprentissage : 13 ou 15 caractères, premier chiffre 1, 2, 3,
 * 4, 7 ou 8, Corse 2A/2B, clé = 97 − (NIR mod 97) (R-NIR-FMT, R-NIR-1, R-NIR-KEY). Le NIR n'est
 * jamais recopié dans le message.
 *
 * @example
 * ```ts
 * evaluerRegles([regleFormatNir], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleFormatNir = regleFormatIdentifiant({
  id: "personnes.nir.format",
  ecartReference: "l'application de référence exige un premier chiffre 1 ou 2 (rejette les numéros provisoires) et ne contrôle pas la clé.",
  titre: "Format et clé des NIR",
  description: "Chaque NIR renseigné comporte 13 caractères (sans clé) ou 15 (avec clé) ; le premier chiffre est 1, 2, 3, 4, 7 ou 8 (numéros provisoires et en cours d'immatriculation compris) ; la clé vaut 97 moins le reste de la division du NIR par 97, 2A et 2B remplacés par 19 et 18.",
  severite: "bloquant",
  references: [noticeCerfa("rubriques « L'apprenti » et « Le maître d'apprentissage » : NIR"), documentationControle("identifiants", "R-NIR-FMT, R-NIR-1, R-NIR-KEY")],
  chemins: ["apprenti.nir", "maitre1.nir", "maitre2.nir"],
  idSpecification: ["R-NIR-FMT", "R-NIR-1", "R-NIR-KEY"],
  libelle: "NIR",
  verifier: verifierNir,
  valeursUniques: true,
});

import { ageMajorite, dureeTravailApprentiMineur, dureeTravailHebdomadaireLegale, dureeTravailHebdomadairePlafondSaisie } from "@communs-opco/parametres";
import type { ContratAControler } from "../ContratAControler";
import { ageRevolu } from "../dates/ageRevolu";
import { Lecture } from "../Lecture";
import type { ConstatRegle, ContexteRegle, RegleSynchrone } from "../Regle";
import { articleCodeTravail, specificationContrat } from "./referencesJuridiques";

const NAISSANCE = "apprenti.dateNaissance";
const SIGNATURE = "contrat.dateSignature";
const DEBUT = "contrat.dateDebutContrat";
const FIN = "contrat.dateFinContrat";
const CODE_CIVIL_414 = { titre: "Code civil, article 414", identifiant: "LEGITEXT000006070721", url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070721" };

/**
 * Âge révolu de l'apprenti à la date de conclusion et âge de la majorité lu à cette date, ou le
 * constat `indetermine` à rendre quand l'un manque.
 */
function ageALaConclusion(l: Lecture, contexte: ContexteRegle): { age: number; majorite: number } | ConstatRegle {
  const naissance = l.date(NAISSANCE);
  const signature = l.date(SIGNATURE);
  if (naissance === undefined || signature === undefined) return l.indetermine();
  const majorite = contexte.parametre(ageMajorite, signature);
  if (majorite === undefined) return { statut: "indetermine", message: "Âge de la majorité inconnu à la date de conclusion.", details: {} };
  return { age: ageRevolu(naissance, signature), majorite };
}

/**
 * Un apprenti mineur à la date de conclusion du contrat, non émancipé (ou sans réponse), a un
 * représentant légal renseigné (R-MINEUR-RL). Majorité lue à la date de conclusion.
 *
 * @example
 * ```ts
 * evaluerRegles([regleRepresentantLegal], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleRepresentantLegal: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "apprenti.representantLegal.presence",
  titre: "Représentant légal d'un apprenti mineur",
  description: "Un représentant légal est renseigné quand l'apprenti est mineur à la date de conclusion du contrat et n'est pas déclaré émancipé.",
  severite: "bloquant",
  references: [CODE_CIVIL_414, articleCodeTravail("L6222-4"), specificationContrat("§3.3", "R-MINEUR-RL")],
  parametres: [ageMajorite.id],
  chemins: [NAISSANCE, SIGNATURE, "apprenti.apprentiMineurNonEmancipe", "apprenti.responsableLegal.nom"],
  idSpecification: ["R-MINEUR-RL"],
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const lu = ageALaConclusion(l, contexte);
    if ("statut" in lu) return [lu];
    const { age, majorite } = lu;
    if (age >= majorite || l.brut("apprenti.apprentiMineurNonEmancipe") === false || l.renseigne("apprenti.responsableLegal.nom")) return [];
    return [{ statut: "non_conforme", chemins: ["apprenti.responsableLegal.nom"], message: "Un responsable légal doit être renseigné si l'apprenti est mineur à la date de conclusion du contrat.", details: { age } }];
  },
};

/**
 * La réponse « apprenti mineur » correspond à l'âge à la date de conclusion (R-MINEUR-COH,
 * proposition). Avertissement.
 *
 * @example
 * ```ts
 * evaluerRegles([regleCoherenceMinorite], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleCoherenceMinorite: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "apprenti.mineur.coherence",
  titre: "Case « apprenti mineur » cohérente",
  description: "La case « apprenti mineur » est cochée si et seulement si l'apprenti a moins de 18 ans à la date de conclusion du contrat.",
  severite: "avertissement",
  references: [CODE_CIVIL_414, specificationContrat("§3.3", "R-MINEUR-COH", "proposition")],
  parametres: [ageMajorite.id],
  chemins: ["apprenti.apprentiMineur", NAISSANCE, SIGNATURE],
  idSpecification: ["R-MINEUR-COH"],
  applicable: (c) => typeof new Lecture(c).brut("apprenti.apprentiMineur") === "boolean",
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const lu = ageALaConclusion(l, contexte);
    if ("statut" in lu) return [lu];
    const { age, majorite } = lu;
    const declare = l.brut("apprenti.apprentiMineur") === true;
    if (declare === age < majorite) return [];
    return [{ statut: "non_conforme", message: `La case « apprenti mineur » ne correspond pas à l'âge de l'apprenti(e) à la date de conclusion (${age} ans).`, details: { age, declareMineur: declare } }];
  },
};

/**
 * Information : un apprenti de nationalité hors Union européenne, mineur au début du contrat et
 * majeur à sa fin, devra faire renouveler son titre de séjour pendant le contrat (mineurs de
 * l'aide sociale à l'enfance) (R-ASE).
 *
 * @example
 * ```ts
 * evaluerRegles([regleTitreSejourMineur], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleTitreSejourMineur: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "apprenti.titreSejour.mineur",
  titre: "Titre de séjour d'un apprenti mineur étranger",
  description: "Un apprenti étranger hors Union européenne, mineur au début du contrat et majeur à sa fin, doit faire renouveler son titre de séjour pendant le contrat.",
  severite: "information",
  references: [specificationContrat("§3.3", "R-ASE")],
  parametres: [ageMajorite.id],
  chemins: ["apprenti.nationalite", NAISSANCE, DEBUT, FIN],
  idSpecification: ["R-ASE"],
  applicable: (c) => new Lecture(c).texte("apprenti.nationalite") === "3",
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const naissance = l.date(NAISSANCE);
    const debut = l.date(DEBUT);
    const fin = l.date(FIN);
    if (naissance === undefined || debut === undefined || fin === undefined) return [l.indetermine()];
    const majorite = contexte.parametre(ageMajorite, debut);
    if (majorite === undefined) return [{ statut: "indetermine", message: "Âge de la majorité inconnu.", details: {} }];
    if (ageRevolu(naissance, debut) < majorite && ageRevolu(naissance, fin) >= majorite) {
      return [{ statut: "non_conforme", message: "L'apprenti(e), mineur(e) étranger(e) au début du contrat, deviendra majeur(e) pendant le contrat : son titre de séjour devra être renouvelé.", details: {} }];
    }
    return [];
  },
};

/**
 * Information : pour un apprenti étranger hors Union européenne, l'autorisation de travail est
 * vérifiée par l'État (« Étrangers en France ») ; inutile de la joindre (R-NAT3).
 *
 * @example
 * ```ts
 * evaluerRegles([regleNationaliteHorsUnion], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleNationaliteHorsUnion: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "apprenti.nationalite.horsUnion",
  titre: "Apprenti étranger hors Union européenne",
  description: "Pour un apprenti de nationalité hors Union européenne, l'autorisation de travail est vérifiée par l'État ; elle n'a pas à être jointe.",
  severite: "information",
  references: [specificationContrat("§3.3", "R-NAT3")],
  parametres: [],
  chemins: ["apprenti.nationalite"],
  idSpecification: ["R-NAT3"],
  applicable: (c) => new Lecture(c).texte("apprenti.nationalite") === "3",
  evaluer: () => [{ statut: "non_conforme", message: "Apprenti(e) étranger(e) hors Union européenne : l'autorisation de travail est vérifiée par l'État (« Étrangers en France »), inutile de la joindre.", details: {} }],
};

/**
 * Durée hebdomadaire du travail déclarée (R-HEBDO, L3121-27, L6222-25) : heures et minutes
 * cohérentes (minutes de 0 à 59) ; au-delà de 40 h, erreur ; au-delà de la durée légale (35 h),
 * avertissement pour un majeur ; pour un apprenti mineur au début d'exécution, erreur au-delà de
 * 35 h (proposition de la spécification : les dérogations sectorielles sont à justifier à part).
 * Paramètres lus à la date de début d'exécution.
 *
 * @example
 * ```ts
 * evaluerRegles([regleDureeTravailHebdomadaire], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleDureeTravailHebdomadaire: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "contrat.dureeTravail.hebdomadaire",
  titre: "Durée hebdomadaire du travail",
  description:
    "La durée hebdomadaire déclarée n'excède pas 40 heures (minutes de 0 à 59) ; au-delà de 35 heures, elle appelle une vérification pour un majeur et n'est pas admise pour un apprenti mineur.",
  severite: "bloquant",
  references: [articleCodeTravail("L3121-27"), articleCodeTravail("L6222-25"), specificationContrat("§3.5", "R-HEBDO")],
  parametres: [dureeTravailHebdomadairePlafondSaisie.id, dureeTravailHebdomadaireLegale.id, dureeTravailApprentiMineur.id, ageMajorite.id],
  chemins: ["contrat.dureeTravailHebdoHeures", "contrat.dureeTravailHebdoMinutes", NAISSANCE, DEBUT],
  idSpecification: ["R-HEBDO"],
  applicable: (c) => new Lecture(c).renseigne("contrat.dureeTravailHebdoHeures"),
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const heures = l.nombre("contrat.dureeTravailHebdoHeures");
    const minutesBrut = l.brut("contrat.dureeTravailHebdoMinutes");
    const minutes = minutesBrut === undefined || minutesBrut === null || minutesBrut === "" ? 0 : minutesBrut;
    if (heures === undefined) return [l.indetermine()];
    if (typeof minutes !== "number" || !Number.isInteger(minutes) || minutes < 0 || minutes > 59) {
      return [{ statut: "non_conforme", chemins: ["contrat.dureeTravailHebdoMinutes"], message: "La durée de travail hebdomadaire en minutes ne peut excéder 59 minutes.", details: { minutes: minutesBrut } }];
    }
    if (!Number.isInteger(heures) || heures < 0) return [{ statut: "non_conforme", chemins: ["contrat.dureeTravailHebdoHeures"], message: "La durée de travail hebdomadaire en heures doit être un nombre entier positif.", details: { heures } }];
    const debut = l.date(DEBUT);
    const plafond = contexte.parametre(dureeTravailHebdomadairePlafondSaisie, debut);
    const legale = contexte.parametre(dureeTravailHebdomadaireLegale, debut);
    if (plafond === undefined || legale === undefined) return [l.indetermine()];
    const total = heures + minutes / 60;
    const details: Record<string, unknown> = { heures, minutes, plafond, legale };
    if (total > plafond) return [{ statut: "non_conforme", message: `La durée de travail hebdomadaire ne peut excéder ${plafond} h.`, details }];
    if (total <= legale) return [];
    const naissance = l.date(NAISSANCE);
    const majorite = contexte.parametre(ageMajorite, debut);
    const mineur = contexte.parametre(dureeTravailApprentiMineur, debut);
    if (naissance === undefined || debut === undefined || majorite === undefined || mineur === undefined) return [l.indetermine()];
    const age = ageRevolu(naissance, debut);
    const constats: ConstatRegle[] = [];
    if (age < majorite && total > mineur.heuresParSemaine) {
      constats.push({ statut: "non_conforme", message: `Apprenti(e) mineur(e) (${age} ans) : la durée de travail ne peut excéder ${mineur.heuresParSemaine} h par semaine, sauf dérogation sectorielle à justifier.`, details: { ...details, age, maximumMineur: mineur.heuresParSemaine } });
    } else {
      constats.push({ statut: "non_conforme", severite: "avertissement", message: `La durée de travail déclarée dépasse la durée légale de ${legale} h par semaine : vérifier l'accord ou la dérogation qui le permet.`, details: { ...details, age } });
    }
    return constats;
  },
};

import {
  dureeMaximaleFormation,
  dureeMinimaleFormation,
  fenetreDebutFormation,
  fenetreDebutFormationPratique,
  fenetreFinContratApresFormation,
  partMinimaleFormation,
} from "@communs-opco/parametres";
import type { ContratAControler } from "../ContratAControler";
import { ajouterMois } from "../dates/ajouterMois";
import { dureeContratMois } from "../dates/dureeContratMois";
import { accesseurChemin } from "../compile/accesseurChemin";
import { ajouterMoisAuJour } from "../compile/ajouterMoisAuJour";
import { moisEntreJours } from "../compile/moisEntreJours";
import { Lecture } from "../Lecture";
import type { ConstatRegle, RegleSynchrone } from "../Regle";
import { dateConclusion } from "./dateConclusion";
import { articleCodeTravail, documentationControle, noticeCerfa } from "./referencesJuridiques";
import { siRenseigne } from "../compile/applicabiliteChamp";

const DEBUT = "contrat.dateDebutContrat";
const FIN = "contrat.dateFinContrat";
const SIGNATURE = "contrat.dateSignature";
const PRATIQUE = "contrat.dateDebutFormationPratique";
const DEBUT_FORMATION = "formation.dateDebutFormation";
const FIN_FORMATION = "formation.dateFinFormation";
const HEURES = "formation.dureeFormation";

/** Borne de saisie du champ « durée de la formation » (4 chiffres) : limite de format, pas valeur légale. */
const HEURES_MAXIMUM_SAISIE = 9999;

const lireHeures = accesseurChemin(HEURES);

/** Garde : heures de formation lues comme `Lecture.nombre` (nombre fini), `undefined` sinon. */
function heuresLues(brut: unknown): number | undefined {
  return typeof brut === "number" && Number.isFinite(brut) ? brut : undefined;
}

const pasDeFenetre = (): ConstatRegle => ({ statut: "indetermine", message: "Fenêtre légale inconnue à la date de conclusion du contrat.", details: {} });

/**
 * Date de début de la formation pratique chez l'employeur (R-D8 à R-D11) : pas avant le début
 * d'exécution du contrat, au plus 3 mois après, pas avant la conclusion, pas après la fin du
 * contrat. Fenêtre lue à la date de conclusion.
 *
 * @example
 * ```ts
 * evaluerRegles([regleDebutFormationPratique], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleDebutFormationPratique: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "contrat.formationPratique.debut",
  titre: "Début de la formation pratique",
  description:
    "La formation pratique chez l'employeur commence au plus tôt au début d'exécution du contrat et au plus tard 3 mois après, pas avant la conclusion du contrat ni après sa fin.",
  severite: "bloquant",
  references: [articleCodeTravail("L6222-12"), documentationControle("calendrier", "R-D8 à R-D11")],
  parametres: [fenetreDebutFormationPratique.id],
  chemins: [PRATIQUE, DEBUT, SIGNATURE, FIN],
  idSpecification: ["R-D8", "R-D9", "R-D10", "R-D11"],
  ...siRenseigne(PRATIQUE),
  garde(v) {
    const fenetre = v.parametreAuJour(fenetreDebutFormationPratique, v.conclusionJour);
    const pratique = v.debutFormationPratique;
    if (fenetre === undefined || Number.isNaN(v.signature) || Number.isNaN(v.finContrat)) return false;
    return pratique >= v.debutContrat && pratique <= ajouterMoisAuJour(v.debutContrat, fenetre) && pratique >= v.signature && pratique <= v.finContrat;
  },
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const pratique = l.date(PRATIQUE);
    const debut = l.date(DEBUT);
    if (pratique === undefined || debut === undefined) return [l.indetermine()];
    const fenetre = contexte.parametre(fenetreDebutFormationPratique, dateConclusion(l));
    if (fenetre === undefined) return [pasDeFenetre()];
    const constats: ConstatRegle[] = [];
    const limite = ajouterMois(debut, fenetre);
    if (pratique < debut) constats.push({ statut: "non_conforme", chemins: [PRATIQUE, DEBUT], message: "La date de début de la formation pratique ne peut être antérieure à la date de début d'exécution du contrat.", details: { pratique, debut } });
    if (pratique > limite) constats.push({ statut: "non_conforme", chemins: [PRATIQUE, DEBUT], message: `La date de début de la formation pratique ne peut être postérieure à ${fenetre} mois après la date de début d'exécution du contrat (${limite}).`, details: { pratique, limite } });
    const signature = l.date(SIGNATURE);
    if (signature !== undefined && pratique < signature) constats.push({ statut: "non_conforme", chemins: [PRATIQUE, SIGNATURE], message: "La date de début de la formation pratique ne peut pas être antérieure à la date de conclusion du contrat.", details: { pratique, signature } });
    const fin = l.date(FIN);
    if (fin !== undefined && pratique > fin) constats.push({ statut: "non_conforme", chemins: [PRATIQUE, FIN], message: "La date de début de la formation pratique ne peut pas être postérieure à la date de fin du contrat.", details: { pratique, fin } });
    if (constats.length === 0 && (signature === undefined || fin === undefined)) return [l.indetermine()];
    return constats;
  },
};

/**
 * Date de début de la formation théorique au CFA (R-D12 à R-D14) : au plus 3 mois après le début
 * d'exécution du contrat (L6222-12 ; erreur au-delà). Une formation commencée **avant** le contrat,
 * avant sa conclusion ou avant la formation pratique est licite (L6222-12-1 : jusqu'à 3 mois avant
 * l'embauche) et n'est jamais bloquante ; plus de 3 mois avant le début du contrat, avertissement
 * (positionnement et durée du contrat à vérifier). Fenêtre lue à la date de conclusion.
 *
 * @example
 * ```ts
 * evaluerRegles([regleDebutFormationTheorique], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleDebutFormationTheorique: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "formation.debut.fenetre",
  ecartReference:
    "l'application publique vérifie seulement que le contrat ne commence pas plus de 3 mois avant la formation ; l'ancienne borne « pas plus de 3 mois avant le contrat » a disparu de L6222-12 : une formation commencée avant le contrat n'est jamais bloquée ici.",
  titre: "Début de la formation théorique",
  description:
    "La formation au CFA commence au plus tard 3 mois après le début d'exécution du contrat. Elle peut commencer avant le contrat (jusqu'à 3 mois avant l'embauche, L6222-12-1) ; plus tôt, un avertissement invite à vérifier le positionnement et la durée du contrat.",
  severite: "bloquant",
  references: [articleCodeTravail("L6222-12"), articleCodeTravail("L6222-12-1"), documentationControle("calendrier", "R-D12 à R-D14")],
  parametres: [fenetreDebutFormation.id],
  chemins: [DEBUT_FORMATION, DEBUT],
  idSpecification: ["R-D12", "R-D13", "R-D14"],
  garde(v) {
    const fenetre = v.parametreAuJour(fenetreDebutFormation, v.conclusionJour);
    return fenetre !== undefined && v.debutFormation <= ajouterMoisAuJour(v.debutContrat, fenetre.moisApresDebutContrat) && v.debutFormation >= ajouterMoisAuJour(v.debutContrat, -fenetre.moisAvantDebutContrat);
  },
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const debutFormation = l.date(DEBUT_FORMATION);
    const debut = l.date(DEBUT);
    if (debutFormation === undefined || debut === undefined) return [l.indetermine()];
    const fenetre = contexte.parametre(fenetreDebutFormation, dateConclusion(l));
    if (fenetre === undefined) return [pasDeFenetre()];
    const auPlusTard = ajouterMois(debut, fenetre.moisApresDebutContrat);
    if (debutFormation > auPlusTard) {
      return [
        {
          statut: "non_conforme",
          message: `La formation au CFA doit commencer au plus tard ${fenetre.moisApresDebutContrat} mois après le début d'exécution du contrat, soit le ${auPlusTard} (L6222-12).`,
          details: { debutFormation, auPlusTard },
        },
      ];
    }
    const fenetreAvant = ajouterMois(debut, -fenetre.moisAvantDebutContrat);
    if (debutFormation < fenetreAvant) {
      return [
        {
          statut: "non_conforme",
          severite: "avertissement",
          message: `La formation au CFA commence plus de ${fenetre.moisAvantDebutContrat} mois avant le début du contrat (avant le ${fenetreAvant}) : hors de la fenêtre de L6222-12-1, la durée du contrat est en principe réduite ; vérifier le positionnement de l'apprenti.`,
          details: { debutFormation, fenetreAvant },
        },
      ];
    }
    return [];
  },
};

/**
 * Dates de la formation (R-D15, R-D17) : début avant la fin, fin de formation comprise entre le
 * début et la fin du contrat et postérieure à sa conclusion.
 *
 * @example
 * ```ts
 * evaluerRegles([regleDatesFormation], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleDatesFormation: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "formation.dates.coherence",
  titre: "Dates de la formation dans le contrat",
  description: "La formation commence avant de finir ; sa fin se situe entre le début d'exécution et la fin du contrat, et après la conclusion du contrat.",
  severite: "bloquant",
  references: [articleCodeTravail("L6222-7-1"), documentationControle("calendrier", "R-D15, R-D17")],
  parametres: [],
  chemins: [DEBUT_FORMATION, FIN_FORMATION, DEBUT, FIN, SIGNATURE],
  idSpecification: ["R-D15", "R-D17"],
  garde(v) {
    if (Number.isNaN(v.debutFormation) || Number.isNaN(v.finFormation) || Number.isNaN(v.debutContrat) || Number.isNaN(v.finContrat) || Number.isNaN(v.signature)) return false;
    return v.debutFormation <= v.finFormation && v.finFormation >= v.debutContrat && v.finFormation <= v.finContrat && v.finFormation >= v.signature;
  },
  evaluer(contrat) {
    const l = new Lecture(contrat);
    const debutFormation = l.date(DEBUT_FORMATION);
    const finFormation = l.date(FIN_FORMATION);
    const debut = l.date(DEBUT);
    const fin = l.date(FIN);
    const signature = l.date(SIGNATURE);
    const constats: ConstatRegle[] = [];
    const ko = (chemins: string[], message: string, details: Record<string, unknown>) => constats.push({ statut: "non_conforme", chemins, message, details });
    if (debutFormation !== undefined && finFormation !== undefined && debutFormation > finFormation) ko([DEBUT_FORMATION, FIN_FORMATION], "La date de début de formation ne peut pas être postérieure à la date de fin de formation.", { debutFormation, finFormation });
    if (finFormation !== undefined) {
      if (debut !== undefined && finFormation < debut) ko([FIN_FORMATION, DEBUT], "La date de fin de formation ne peut être antérieure à la date de début d'exécution du contrat.", { finFormation, debut });
      if (fin !== undefined && finFormation > fin) ko([FIN_FORMATION, FIN], "La date de fin de formation ne peut être postérieure à la date de fin de contrat.", { finFormation, fin });
      if (signature !== undefined && finFormation < signature) ko([FIN_FORMATION, SIGNATURE], "La date de fin de formation ne peut être antérieure à la date de conclusion du contrat.", { finFormation, signature });
    }
    if (constats.length === 0 && l.manquants().length > 0) return [l.indetermine()];
    return constats;
  },
};

/**
 * Durée de la formation en mois : entre 6 mois et 4 ans, du début au dernier jour de formation
 * inclus (R-D16). Paramètres lus à la date de conclusion.
 *
 * @example
 * ```ts
 * evaluerRegles([regleDureeFormationMois], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleDureeFormationMois: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "formation.duree.mois",
  titre: "Durée de la formation (mois)",
  description: "La formation dure au moins 6 mois et au plus 4 ans, du premier au dernier jour inclus.",
  severite: "bloquant",
  references: [articleCodeTravail("L6222-7-1"), documentationControle("calendrier", "R-D16")],
  parametres: [dureeMinimaleFormation.id, dureeMaximaleFormation.id],
  chemins: [DEBUT_FORMATION, FIN_FORMATION],
  idSpecification: ["R-D16"],
  garde(v) {
    if (Number.isNaN(v.debutFormation) || Number.isNaN(v.finFormation)) return false;
    if (v.finFormation < v.debutFormation) return true;
    const minimum = v.parametreAuJour(dureeMinimaleFormation, v.conclusionJour);
    const maximum = v.parametreAuJour(dureeMaximaleFormation, v.conclusionJour);
    if (minimum === undefined || maximum === undefined) return false;
    const dureeMois = moisEntreJours(v.debutFormation, v.finFormation + 1);
    return dureeMois >= minimum && dureeMois <= maximum;
  },
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const debutFormation = l.date(DEBUT_FORMATION);
    const finFormation = l.date(FIN_FORMATION);
    if (debutFormation === undefined || finFormation === undefined) return [l.indetermine()];
    if (finFormation < debutFormation) return [];
    const date = dateConclusion(l);
    const minimum = contexte.parametre(dureeMinimaleFormation, date);
    const maximum = contexte.parametre(dureeMaximaleFormation, date);
    if (minimum === undefined || maximum === undefined) return [pasDeFenetre()];
    const dureeMois = dureeContratMois(debutFormation, finFormation);
    if (dureeMois < minimum) return [{ statut: "non_conforme", message: `La durée de formation (${dureeMois} mois) ne peut pas être inférieure à ${minimum} mois.`, details: { dureeMois, minimumMois: minimum } }];
    if (dureeMois > maximum) return [{ statut: "non_conforme", message: `La durée de formation (${dureeMois} mois) ne peut pas être supérieure à ${maximum} mois.`, details: { dureeMois, maximumMois: maximum } }];
    return [];
  },
};

/**
 * Le contrat se termine au plus 3 mois après la fin de la formation (R-D18). Fenêtre lue à la
 * date de conclusion.
 *
 * @example
 * ```ts
 * evaluerRegles([regleFinContratApresFormation], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleFinContratApresFormation: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "contrat.dateFin.apresFormation",
  titre: "Fin du contrat après la fin de la formation",
  description: "Le contrat se termine au plus 3 mois après la fin de la formation.",
  severite: "bloquant",
  references: [articleCodeTravail("L6222-7-1"), documentationControle("calendrier", "R-D18")],
  parametres: [fenetreFinContratApresFormation.id],
  chemins: [FIN, FIN_FORMATION],
  idSpecification: ["R-D18"],
  garde(v) {
    const fenetre = v.parametreAuJour(fenetreFinContratApresFormation, v.conclusionJour);
    return fenetre !== undefined && !Number.isNaN(v.finContrat) && v.finContrat <= ajouterMoisAuJour(v.finFormation, fenetre);
  },
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const fin = l.date(FIN);
    const finFormation = l.date(FIN_FORMATION);
    if (fin === undefined || finFormation === undefined) return [l.indetermine()];
    const fenetre = contexte.parametre(fenetreFinContratApresFormation, dateConclusion(l));
    if (fenetre === undefined) return [pasDeFenetre()];
    const limite = ajouterMois(finFormation, fenetre);
    return fin > limite
      ? [{ statut: "non_conforme", message: `Le contrat peut se terminer au maximum ${fenetre} mois après la fin de la formation (${limite}).`, details: { fin, finFormation, limite } }]
      : [];
  },
};

/**
 * La durée de la formation en heures est un entier de 1 à 9 999 (R-D19, borne de saisie du CERFA).
 *
 * @example
 * ```ts
 * evaluerRegles([regleDureeFormationHeures], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleDureeFormationHeures: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "formation.dureeHeures.format",
  titre: "Durée de la formation (heures)",
  description: "La durée de la formation est un nombre entier d'heures compris entre 1 et 9 999.",
  severite: "bloquant",
  references: [noticeCerfa("rubrique « La formation » : durée de la formation en heures"), documentationControle("calendrier", "R-D19")],
  parametres: [],
  chemins: [HEURES],
  idSpecification: ["R-D19"],
  ...siRenseigne(HEURES),
  garde(v) {
    const heures = heuresLues(lireHeures(v.contrat));
    return heures !== undefined && Number.isInteger(heures) && heures >= 1 && heures <= HEURES_MAXIMUM_SAISIE;
  },
  evaluer(contrat) {
    const l = new Lecture(contrat);
    const heures = l.nombre(HEURES);
    if (heures !== undefined && Number.isInteger(heures) && heures >= 1 && heures <= HEURES_MAXIMUM_SAISIE) return [];
    return [{ statut: "non_conforme", message: "La durée de la formation doit être un nombre entier d'heures compris entre 1 et 9999.", details: { valeur: l.brut(HEURES) } }];
  },
};

/**
 * La formation représente au moins 25 % de la durée du contrat, comptée sur 1 607 heures par an
 * (R-DUREE-25, L6211-2 ; contrôle actif proposé par la spécification). Avertissement. Durée du
 * contrat en mois entiers, dernier jour inclus ; paramètre lu à la date de conclusion.
 *
 * @example
 * ```ts
 * evaluerRegles([reglePartMinimaleFormation], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const reglePartMinimaleFormation: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "formation.dureeHeures.partMinimale",
  ecartReference: "texte d'information seulement dans l'application de référence ; contrôle actif proposé par la spécification.",
  titre: "Part minimale de formation",
  description: "La durée de formation au CFA représente au moins 25 % de la durée du contrat, comptée sur la base de 1 607 heures par an.",
  severite: "avertissement",
  references: [articleCodeTravail("L6211-2"), documentationControle("calendrier", "R-DUREE-25", "proposition")],
  parametres: [partMinimaleFormation.id],
  chemins: [HEURES, DEBUT, FIN],
  idSpecification: ["R-DUREE-25"],
  garde(v) {
    const heures = heuresLues(lireHeures(v.contrat));
    if (heures === undefined || Number.isNaN(v.debutContrat) || Number.isNaN(v.finContrat)) return false;
    if (v.finContrat < v.debutContrat) return true;
    const part = v.parametreAuJour(partMinimaleFormation, v.conclusionJour);
    if (part === undefined) return false;
    const dureeMois = moisEntreJours(v.debutContrat, v.finContrat + 1);
    return heures >= Math.ceil(((part.pourcentage / 100) * part.heuresAnnuellesReference * dureeMois) / 12);
  },
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const heures = l.nombre(HEURES);
    const debut = l.date(DEBUT);
    const fin = l.date(FIN);
    if (heures === undefined || debut === undefined || fin === undefined) return [l.indetermine()];
    if (fin < debut) return [];
    const part = contexte.parametre(partMinimaleFormation, dateConclusion(l));
    if (part === undefined) return [pasDeFenetre()];
    const dureeMois = dureeContratMois(debut, fin);
    const minimumHeures = Math.ceil(((part.pourcentage / 100) * part.heuresAnnuellesReference * dureeMois) / 12);
    return heures < minimumHeures
      ? [
          {
            statut: "non_conforme",
            message: `La durée de formation (${heures} h) doit représenter au moins ${part.pourcentage} % de la durée du contrat (${dureeMois} mois), soit ${minimumHeures} h.`,
            details: { heures, dureeMois, minimumHeures },
          },
        ]
      : [];
  },
};

import {
  dureeMaximaleContrat,
  dureeMaximaleContratRqth,
  dureeMaximaleContratSportifHautNiveau,
  dureeMinimaleContrat,
  prolongationContratEchecExamen,
} from "@communs-opco/parametres";
import type { ContratAControler } from "../ContratAControler";
import { ajouterMoisAuJour } from "../compile/ajouterMoisAuJour";
import { ajouterJours } from "../dates/ajouterJours";
import { ajouterMois } from "../dates/ajouterMois";
import { dureeContratMois } from "../dates/dureeContratMois";
import { Lecture } from "../Lecture";
import type { ConstatRegle, RegleSynchrone } from "../Regle";
import { dateConclusion } from "./dateConclusion";
import { articleCodeTravail, documentationControle } from "./referencesJuridiques";

const DEBUT = "contrat.dateDebutContrat";
const FIN = "contrat.dateFinContrat";

/** Dates du contrat lues pour les règles de durée : début, fin (dernier jour inclus) et durée en mois entiers. */
interface DatesDuree {
  debut: string;
  fin: string;
  dureeMois: number;
}

/**
 * Dates du contrat, ou le constat `indetermine` à rendre quand une date manque, est invalide, ou
 * quand la fin précède le début : la durée n'est alors pas calculable (l'ordre des dates est une
 * erreur de `contrat.dates.ordre`) et aucune règle de durée n'est conforme.
 */
function datesLues(l: Lecture): DatesDuree | ConstatRegle {
  const debut = l.date(DEBUT);
  const fin = l.date(FIN);
  if (debut === undefined || fin === undefined) return l.indetermine();
  if (fin < debut) {
    return {
      statut: "indetermine",
      message: "La date de fin du contrat précède sa date de début : sa durée ne peut pas être contrôlée.",
      details: { debut, fin },
    };
  }
  return { debut, fin, dureeMois: dureeContratMois(debut, fin) };
}

/** Dernier jour possible d'un contrat de `mois` mois commençant le `debut` : début + mois − 1 jour (au jour près). */
function finAuPlusTard(debut: string, mois: number): string {
  return ajouterJours(ajouterMois(debut, mois), -1);
}

/**
 * La durée du contrat est d'au moins 6 mois (L6222-7-1, R-D2), comparée au jour près : un contrat
 * commençant le D finit au plus tôt le D + 6 mois − 1 jour (voir `dureeContratMois` : différence
 * avec l'application de référence, qui n'inclut pas le dernier jour). Paramètre lu à la date de
 * conclusion (à défaut, de début d'exécution). Fin avant début : indéterminé.
 *
 * @example
 * ```ts
 * evaluerRegles([regleDureeMinimaleContrat], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleDureeMinimaleContrat: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "contrat.duree.minimum",
  ecartReference: "l'application de référence compte les mois entiers sans inclure le dernier jour du contrat (un contrat du 1er septembre au 28 février y dure 5 mois).",
  titre: "Durée minimale du contrat",
  description: "La durée du contrat, du début d'exécution au dernier jour inclus, n'est pas inférieure à 6 mois, au jour près.",
  severite: "bloquant",
  references: [articleCodeTravail("L6222-7-1"), documentationControle("calendrier", "R-D2")],
  parametres: [dureeMinimaleContrat.id],
  chemins: [DEBUT, FIN],
  idSpecification: ["R-D2"],
  garde(v) {
    const minimum = v.parametreAuJour(dureeMinimaleContrat, v.conclusionJour);
    return minimum !== undefined && v.debutContrat <= v.finContrat && v.finContrat >= ajouterMoisAuJour(v.debutContrat, minimum) - 1;
  },
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const d = datesLues(l);
    if ("statut" in d) return [d];
    const minimum = contexte.parametre(dureeMinimaleContrat, dateConclusion(l));
    if (minimum === undefined) return [{ statut: "indetermine", message: "Durée minimale légale inconnue à la date de conclusion du contrat.", details: {} }];
    const finAuPlusTot = finAuPlusTard(d.debut, minimum);
    return d.fin < finAuPlusTot
      ? [{ statut: "non_conforme", message: `La durée du contrat (${d.dureeMois} mois) ne peut pas être inférieure à ${minimum} mois : fin au plus tôt le ${finAuPlusTot}.`, details: { dureeMois: d.dureeMois, minimumMois: minimum, finAuPlusTot } }]
      : [];
  },
};

/**
 * La durée du contrat n'excède pas 3 ans (L6222-7-1, R-D3), comparée au jour près : un contrat
 * commençant le D finit au plus tard le D + 3 ans − 1 jour. Allongements légaux : 4 ans pour un
 * apprenti RQTH (R6222-46 à R6222-48) ou un sportif de haut niveau (R6222-60) ; + 12 mois par avenant
 * de prolongation après échec à l'examen (type 33, L6222-11 ; la fin du contrat prolongé n'étant pas
 * dans le CERFA, la borne retenue est la durée maximale + 12 mois). Une convention d'aménagement
 * de durée (dérogation 22 ou 50) n'autorise jamais plus de 3 ans : au-delà, erreur. Fin avant
 * début : indéterminé.
 *
 * @example
 * ```ts
 * evaluerRegles([regleDureeMaximaleContrat], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleDureeMaximaleContrat: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "contrat.duree.maximum",
  ecartReference: "l'application de référence plafonne tous les contrats à 54 mois, sans contrôle à 36 mois, et compte en mois entiers.",
  titre: "Durée maximale du contrat",
  description:
    "La durée du contrat n'excède pas 3 ans au jour près (fin au plus tard la veille du 3e anniversaire du début) ; 4 ans pour un apprenti RQTH ou un sportif de haut niveau ; 12 mois de plus pour un avenant de prolongation après échec à l'examen. Une convention d'aménagement de durée (dérogation 22 ou 50) ne permet jamais de dépasser 3 ans.",
  severite: "bloquant",
  references: [
    articleCodeTravail("L6222-7-1"),
    articleCodeTravail("R6222-46", "à R6222-48 (apprenti handicapé ; à vérifier)"),
    articleCodeTravail("R6222-60", "(sportif de haut niveau ; à vérifier)"),
    articleCodeTravail("L6222-11"),
    documentationControle("calendrier", "R-D3"),
  ],
  parametres: [dureeMaximaleContrat.id, dureeMaximaleContratRqth.id, dureeMaximaleContratSportifHautNiveau.id, prolongationContratEchecExamen.id],
  chemins: [DEBUT, FIN, "apprenti.handicap", "apprenti.inscriptionSportifDeHautNiveau", "contrat.typeDerogation", "contrat.typeContratApp"],
  idSpecification: ["R-D3"],
  garde(v) {
    const maximum = v.parametreAuJour(dureeMaximaleContrat, v.conclusionJour);
    return maximum !== undefined && v.debutContrat <= v.finContrat && v.finContrat <= ajouterMoisAuJour(v.debutContrat, maximum) - 1;
  },
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const d = datesLues(l);
    if ("statut" in d) return [d];
    const date = dateConclusion(l);
    const maximum = contexte.parametre(dureeMaximaleContrat, date);
    if (maximum === undefined) return [{ statut: "indetermine", message: "Durée maximale légale inconnue à la date de conclusion du contrat.", details: {} }];
    if (d.fin <= finAuPlusTard(d.debut, maximum)) return [];
    let limite = maximum;
    let motif = "droit commun";
    if (l.coche("apprenti.handicap")) {
      const maxRqth = contexte.parametre(dureeMaximaleContratRqth, date);
      if (maxRqth === undefined) return [{ statut: "indetermine", message: "Durée maximale légale (RQTH) inconnue à la date de conclusion.", details: {} }];
      limite = maxRqth;
      motif = "RQTH";
    } else if (l.coche("apprenti.inscriptionSportifDeHautNiveau")) {
      const maxSportif = contexte.parametre(dureeMaximaleContratSportifHautNiveau, date);
      if (maxSportif === undefined) return [{ statut: "indetermine", message: "Durée maximale légale (sportif de haut niveau) inconnue à la date de conclusion.", details: {} }];
      limite = maxSportif;
      motif = "sportif de haut niveau";
    }
    if (l.texte("contrat.typeContratApp") === "33") {
      const prolongation = contexte.parametre(prolongationContratEchecExamen, date);
      if (prolongation === undefined) return [{ statut: "indetermine", message: "Prolongation légale après échec à l'examen inconnue.", details: {} }];
      limite += prolongation;
      motif = `${motif}, prolongation après échec à l'examen`;
    }
    const finMaximale = finAuPlusTard(d.debut, limite);
    if (d.fin <= finMaximale) return [];
    const derogation = l.texte("contrat.typeDerogation");
    const details = { dureeMois: d.dureeMois, maximumMois: limite, finMaximale, motif, derogation: derogation ?? null };
    const convention = derogation === "22" || derogation === "50" ? " Une convention d'aménagement de durée ne permet pas de dépasser la durée maximale légale." : "";
    return [
      {
        statut: "non_conforme",
        message: `La durée du contrat dépasse ${limite} mois (${motif}) : la fin du contrat doit être au plus tard le ${finMaximale}.${convention}`,
        details,
      },
    ];
  },
};

import { dureeMaximaleContrat, dureeMaximaleContratRqth, dureeMinimaleContrat, prolongationContratEchecExamen } from "@communs-opco/parametres";
import type { ContratAControler } from "../ContratAControler";
import { dureeContratMois } from "../dates/dureeContratMois";
import { Lecture } from "../Lecture";
import type { ConstatRegle, RegleSynchrone } from "../Regle";
import { dateConclusion } from "./dateConclusion";
import { articleCodeTravail, specificationContrat } from "./referencesJuridiques";

const DEBUT = "contrat.dateDebutContrat";
const FIN = "contrat.dateFinContrat";

/**
 * Durée du contrat en mois entiers, dernier jour inclus ; le constat `indetermine` à rendre quand
 * une date manque ou est invalide ; `null` quand la fin précède le début (contrôlé par la règle
 * d'ordre des dates).
 */
function dureeLue(l: Lecture): number | ConstatRegle | null {
  const debut = l.date(DEBUT);
  const fin = l.date(FIN);
  if (debut === undefined || fin === undefined) return l.indetermine();
  return fin < debut ? null : dureeContratMois(debut, fin);
}

/**
 * La durée du contrat est d'au moins 6 mois (L6222-7-1, R-D2) : mois entiers du début
 * d'exécution au dernier jour du contrat inclus (voir `dureeContratMois` : différence avec
 * l'application de référence, qui n'inclut pas le dernier jour). Paramètre lu à la date de
 * conclusion (à défaut, de début d'exécution).
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
  description: "La durée du contrat, du début d'exécution au dernier jour inclus, n'est pas inférieure à 6 mois.",
  severite: "bloquant",
  references: [articleCodeTravail("L6222-7-1"), specificationContrat("§3.5", "R-D2")],
  parametres: [dureeMinimaleContrat.id],
  chemins: [DEBUT, FIN],
  idSpecification: ["R-D2"],
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const dureeMois = dureeLue(l);
    if (dureeMois === null) return [];
    if (typeof dureeMois !== "number") return [dureeMois];
    const minimum = contexte.parametre(dureeMinimaleContrat, dateConclusion(l));
    if (minimum === undefined) return [{ statut: "indetermine", message: "Durée minimale légale inconnue à la date de conclusion du contrat.", details: {} }];
    return dureeMois < minimum
      ? [{ statut: "non_conforme", message: `La durée du contrat (${dureeMois} mois) ne peut pas être inférieure à ${minimum} mois.`, details: { dureeMois, minimumMois: minimum } }]
      : [];
  },
};

/**
 * La durée du contrat n'excède pas 3 ans (L6222-7-1, R-D3), sauf allongements légaux : 4 ans pour
 * un apprenti RQTH ; + 12 mois par avenant de prolongation après échec à l'examen (type 33,
 * L6222-11 ; la fin du contrat prolongé n'étant pas dans le CERFA, la borne retenue est la durée
 * maximale + 12 mois) ; au-delà de 3 ans avec une convention d'aménagement (dérogation 22 ou 50)
 * ou pour un sportif de haut niveau : avertissement (pièce justificative à vérifier).
 * L'application de référence plafonne tous les contrats à 54 mois sans contrôle à 36 mois.
 *
 * @example
 * ```ts
 * evaluerRegles([regleDureeMaximaleContrat], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleDureeMaximaleContrat: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "contrat.duree.maximum",
  ecartReference: "l'application de référence plafonne tous les contrats à 54 mois, sans contrôle à 36 mois.",
  titre: "Durée maximale du contrat",
  description:
    "La durée du contrat n'excède pas 3 ans ; 4 ans pour un apprenti RQTH ; 12 mois de plus pour un avenant de prolongation après échec à l'examen ; au-delà de 3 ans, une convention d'aménagement de durée (dérogation 22 ou 50) ou l'inscription comme sportif de haut niveau appellent une vérification.",
  severite: "bloquant",
  references: [articleCodeTravail("L6222-7-1"), articleCodeTravail("L6222-11"), specificationContrat("§3.5", "R-D3")],
  parametres: [dureeMaximaleContrat.id, dureeMaximaleContratRqth.id, prolongationContratEchecExamen.id],
  chemins: [DEBUT, FIN, "apprenti.handicap", "apprenti.inscriptionSportifDeHautNiveau", "contrat.typeDerogation", "contrat.typeContratApp"],
  idSpecification: ["R-D3"],
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const dureeMois = dureeLue(l);
    if (dureeMois === null) return [];
    if (typeof dureeMois !== "number") return [dureeMois];
    const date = dateConclusion(l);
    const maximum = contexte.parametre(dureeMaximaleContrat, date);
    if (maximum === undefined) return [{ statut: "indetermine", message: "Durée maximale légale inconnue à la date de conclusion du contrat.", details: {} }];
    if (dureeMois <= maximum) return [];
    const rqth = l.coche("apprenti.handicap");
    let limite = maximum;
    let motif = "droit commun";
    if (rqth) {
      const maxRqth = contexte.parametre(dureeMaximaleContratRqth, date);
      if (maxRqth === undefined) return [{ statut: "indetermine", message: "Durée maximale légale (RQTH) inconnue à la date de conclusion.", details: {} }];
      limite = maxRqth;
      motif = "RQTH";
    }
    if (l.texte("contrat.typeContratApp") === "33") {
      const prolongation = contexte.parametre(prolongationContratEchecExamen, date);
      if (prolongation === undefined) return [{ statut: "indetermine", message: "Prolongation légale après échec à l'examen inconnue.", details: {} }];
      limite += prolongation;
      motif = `${motif}, prolongation après échec à l'examen`;
    }
    if (dureeMois <= limite) return [];
    const derogation = l.texte("contrat.typeDerogation");
    const amenagement = derogation === "22" || derogation === "50";
    const sportif = l.coche("apprenti.inscriptionSportifDeHautNiveau");
    const details = { dureeMois, maximumMois: limite, motif, derogation: derogation ?? null, sportifDeHautNiveau: sportif };
    if (amenagement || sportif) {
      return [
        {
          statut: "non_conforme",
          severite: "avertissement",
          message: `La durée du contrat (${dureeMois} mois) dépasse ${limite} mois : vérifier la ${amenagement ? "convention d'aménagement de durée" : "situation de sportif de haut niveau"} qui la justifie.`,
          details,
        },
      ];
    }
    return [{ statut: "non_conforme", message: `La durée du contrat (${dureeMois} mois) ne peut pas être supérieure à ${limite} mois, sauf cas de dérogation.`, details }];
  },
};

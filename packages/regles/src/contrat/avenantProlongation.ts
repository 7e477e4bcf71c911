import type { ContratAControler } from "../ContratAControler";
import { estDateIso } from "../dates/estDateIso";
import { Lecture } from "../Lecture";
import type { RegleSynchrone } from "../Regle";
import { articleCodeTravail, documentationControle } from "./referencesJuridiques";
import { siTexte } from "../compile/applicabiliteChamp";

const LIGNES = "contrat.remunerationsAnnuelles";
const EFFET = "contrat.dateEffetAvenant";

interface Periode {
  index: number;
  dateDebut: string;
  taux: number;
}

/** Périodes de rémunération lisibles (date de début valide et taux numérique), triées par début. */
function periodes(l: Lecture): Periode[] {
  const brutes = l.brut(LIGNES);
  if (!Array.isArray(brutes)) return [];
  const lues: Periode[] = [];
  brutes.forEach((b: unknown, index) => {
    const dateDebut = typeof b === "object" && b !== null ? (b as Record<string, unknown>).dateDebut : undefined;
    const taux = typeof b === "object" && b !== null ? (b as Record<string, unknown>).taux : undefined;
    if (estDateIso(dateDebut) && typeof taux === "number" && Number.isFinite(taux)) lues.push({ index, dateDebut, taux });
  });
  return lues.sort((a, b) => (a.dateDebut < b.dateDebut ? -1 : a.dateDebut > b.dateDebut ? 1 : a.index - b.index));
}

/**
 * Avenant de prolongation après échec à l'examen (type 33, L6222-11 ; R-AVENANT-33) : au moins
 * une nouvelle période de rémunération commence à la date d'effet de l'avenant ou après, et le
 * taux de la première nouvelle période n'est pas inférieur à celui de la dernière période du
 * contrat prolongé (dernière période commençant avant la date d'effet). Si l'avenant ne reprend
 * pas les périodes du contrat prolongé, la comparaison est indéterminée. Avertissement.
 *
 * @example
 * ```ts
 * evaluerRegles([regleAvenantProlongation], avenant, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleAvenantProlongation: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "contrat.avenant.prolongation.remuneration",
  ecartReference: "texte d'information seulement dans l'application de référence.",
  titre: "Rémunération de la prolongation après échec à l'examen",
  description:
    "Un avenant de prolongation après échec à l'examen (type 33) comporte au moins une nouvelle période de rémunération, dont le taux n'est pas inférieur à celui de la dernière période du contrat prolongé.",
  severite: "avertissement",
  references: [articleCodeTravail("L6222-11"), documentationControle("calendrier", "R-AVENANT-33"), documentationControle("remuneration", "R-REM-PROLONG")],
  parametres: [],
  chemins: ["contrat.typeContratApp", EFFET, LIGNES],
  idSpecification: ["R-AVENANT-33", "R-REM-PROLONG"],
  ...siTexte("contrat.typeContratApp", "33"),
  garde(v) {
    if (Number.isNaN(v.effetAvenant)) return false;
    const effet = v.contrat === null ? "" : (v.contrat as { contrat?: { dateEffetAvenant?: string } }).contrat?.dateEffetAvenant ?? "";
    const lues = periodes(new Lecture(v.contrat));
    const premiere = lues.find((p) => p.dateDebut >= effet);
    const anterieures = lues.filter((p) => p.dateDebut < effet);
    const derniere = anterieures[anterieures.length - 1];
    return premiere !== undefined && derniere !== undefined && premiere.taux >= derniere.taux;
  },
  evaluer(contrat) {
    const l = new Lecture(contrat);
    const effet = l.date(EFFET);
    if (effet === undefined) return [l.indetermine()];
    const lues = periodes(l);
    const nouvelles = lues.filter((p) => p.dateDebut >= effet);
    const premiere = nouvelles[0];
    if (premiere === undefined) {
      return [{ statut: "non_conforme", chemins: [LIGNES], message: "L'avenant de prolongation doit comporter au moins une nouvelle période de rémunération à partir de sa date d'effet.", details: { dateEffetAvenant: effet } }];
    }
    const anterieures = lues.filter((p) => p.dateDebut < effet);
    const derniere = anterieures[anterieures.length - 1];
    if (derniere === undefined) {
      return [
        {
          statut: "indetermine",
          chemins: [LIGNES],
          message: "Le taux de la dernière période du contrat prolongé n'est pas repris dans l'avenant : le taux de la prolongation ne peut pas être comparé.",
          manquants: [LIGNES],
          details: { tauxPremiereNouvellePeriode: premiere.taux },
        },
      ];
    }
    if (premiere.taux >= derniere.taux) return [];
    return [
      {
        statut: "non_conforme",
        chemins: [`${LIGNES}.${premiere.index}.taux`],
        message: `Le taux de la première période de la prolongation (${premiere.taux} %) est inférieur à celui de la dernière période du contrat prolongé (${derniere.taux} %).`,
        details: { tauxPremiereNouvellePeriode: premiere.taux, tauxDernierePeriode: derniere.taux },
      },
    ];
  },
};

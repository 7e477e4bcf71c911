import type { ContratAControler } from "../ContratAControler";
import { siTexteSelon } from "../compile/applicabiliteChamp";
import { Lecture } from "../Lecture";
import type { ConstatRegle, RegleSynchrone } from "../Regle";
import { dateEvaluationInvalide } from "./dateEvaluationInvalide";
import { articleCodeTravail, documentationControle, noticeCerfa } from "./referencesJuridiques";

const DEBUT = "contrat.dateDebutContrat";
const FIN = "contrat.dateFinContrat";
const SIGNATURE = "contrat.dateSignature";
const EFFET_AVENANT = "contrat.dateEffetAvenant";

/** Applicable aux avenants : type de contrat 31 à 38. */
const siAvenant = siTexteSelon("contrat.typeContratApp", (t) => /^3[1-8]$/.test(t));

/**
 * La date de début d'exécution précède la date de fin du contrat (R-D1).
 *
 * @example
 * ```ts
 * evaluerRegles([regleOrdreDatesContrat], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleOrdreDatesContrat: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "contrat.dates.ordre",
  titre: "Début avant la fin du contrat",
  description: "La date de début d'exécution du contrat est antérieure à sa date de fin.",
  severite: "bloquant",
  references: [noticeCerfa("rubrique « Le contrat » : date de début d'exécution et date de fin"), documentationControle("calendrier", "R-D1")],
  parametres: [],
  chemins: [DEBUT, FIN],
  idSpecification: ["R-D1"],
  garde: (v) => v.debutContrat <= v.finContrat,
  evaluer(contrat) {
    const l = new Lecture(contrat);
    const debut = l.date(DEBUT);
    const fin = l.date(FIN);
    if (debut === undefined || fin === undefined) return [l.indetermine()];
    return fin < debut ? [{ statut: "non_conforme", message: "La date de début d'exécution du contrat doit être antérieure à la date de fin du contrat.", details: { debut, fin } }] : [];
  },
};

/**
 * La date de conclusion (signature) est antérieure ou égale à la date de début d'exécution, pour
 * tous les types de contrat (R-D5).
 *
 * @example
 * ```ts
 * evaluerRegles([regleSignatureAvantDebut], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleSignatureAvantDebut: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "contrat.dateSignature.avantDebut",
  titre: "Conclusion avant le début d'exécution",
  description: "La date de conclusion du contrat est antérieure ou égale à sa date de début d'exécution.",
  severite: "bloquant",
  references: [noticeCerfa("rubrique « Le contrat » : date de conclusion et date de début d'exécution"), documentationControle("calendrier", "R-D5")],
  parametres: [],
  chemins: [SIGNATURE, DEBUT],
  idSpecification: ["R-D5"],
  garde: (v) => v.signature <= v.debutContrat,
  evaluer(contrat) {
    const l = new Lecture(contrat);
    const signature = l.date(SIGNATURE);
    const debut = l.date(DEBUT);
    if (signature === undefined || debut === undefined) return [l.indetermine()];
    return signature > debut
      ? [{ statut: "non_conforme", message: "La date de conclusion du contrat doit être antérieure ou égale à sa date de début d'exécution.", details: { signature, debut } }]
      : [];
  },
};

/**
 * *Saisie uniquement.* La date de fin du contrat n'est pas passée à la date d'évaluation (R-D4).
 * Ne s'applique pas en revalidation de contrats historiques.
 *
 * @example
 * ```ts
 * evaluerRegles([regleFinContratPassee], contrat, { dateEvaluation: "2026-11-26", cadre: "saisie" });
 * ```
 */
export const regleFinContratPassee: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "contrat.dateFin.passee",
  ecartReference: "l'application de référence affiche pour ce contrôle un message sans rapport (« La date de conclusion du formulaire doit être antérieure ou égale à la date courante »).",
  titre: "Contrat non terminé à la saisie",
  description: "À la saisie, la date de fin du contrat n'est pas antérieure à la date du jour (date d'évaluation).",
  severite: "bloquant",
  references: [noticeCerfa("rubrique « Le contrat » : date de fin"), documentationControle("calendrier", "R-D4")],
  parametres: [],
  chemins: [FIN],
  idSpecification: ["R-D4"],
  saisieUniquement: true,
  garde: (v) => v.finContrat >= v.evaluation,
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const fin = l.date(FIN);
    if (fin === undefined) return [l.indetermine()];
    const invalide = dateEvaluationInvalide(contexte);
    if (invalide !== undefined) return [invalide];
    return fin < contexte.dateEvaluation
      ? [{ statut: "non_conforme", message: "La date de fin du contrat ne peut pas être antérieure à la date du jour.", details: { fin, dateEvaluation: contexte.dateEvaluation } }]
      : [];
  },
};

/**
 * *Saisie uniquement.* Un contrat ne peut pas être conclu dans le futur : la date de conclusion
 * n'est pas postérieure à la date d'évaluation (R-D4-SIGN, proposition).
 *
 * @example
 * ```ts
 * evaluerRegles([regleSignatureFuture], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleSignatureFuture: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "contrat.dateSignature.future",
  ecartReference: "non contrôlé par l'application de référence (proposition du projet).",
  titre: "Conclusion non postérieure à la date du jour",
  description: "À la saisie, la date de conclusion du contrat est antérieure ou égale à la date du jour (date d'évaluation).",
  severite: "bloquant",
  references: [noticeCerfa("rubrique « Le contrat » : date de conclusion"), documentationControle("calendrier", "R-D4-SIGN", "proposition")],
  parametres: [],
  chemins: [SIGNATURE],
  idSpecification: ["R-D4-SIGN"],
  saisieUniquement: true,
  garde: (v) => v.signature <= v.evaluation,
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const signature = l.date(SIGNATURE);
    if (signature === undefined) return [l.indetermine()];
    const invalide = dateEvaluationInvalide(contexte);
    if (invalide !== undefined) return [invalide];
    return signature > contexte.dateEvaluation
      ? [{ statut: "non_conforme", message: "La date de conclusion doit être antérieure ou égale à la date du jour.", details: { signature, dateEvaluation: contexte.dateEvaluation } }]
      : [];
  },
};

/**
 * Avenant (types 31 à 38) : la date d'effet de l'avenant est comprise entre le début et la fin du
 * contrat (R-D6, R-D7).
 *
 * @example
 * ```ts
 * evaluerRegles([regleDateEffetAvenant], avenant, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleDateEffetAvenant: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "contrat.avenant.dateEffet",
  titre: "Date d'effet de l'avenant dans le contrat",
  description: "Pour un avenant, la date d'effet est postérieure ou égale au début du contrat et antérieure ou égale à sa fin.",
  severite: "bloquant",
  references: [documentationControle("calendrier", "R-D6, R-D7"), articleCodeTravail("L6222-7-1")],
  parametres: [],
  chemins: [EFFET_AVENANT, DEBUT, FIN],
  idSpecification: ["R-D6", "R-D7"],
  ...siAvenant,
  garde: (v) => v.debutContrat <= v.effetAvenant && v.effetAvenant <= v.finContrat,
  evaluer(contrat) {
    const l = new Lecture(contrat);
    const effet = l.date(EFFET_AVENANT);
    const debut = l.date(DEBUT);
    const fin = l.date(FIN);
    if (effet === undefined || debut === undefined || fin === undefined) return [l.indetermine()];
    const constats: ConstatRegle[] = [];
    if (debut > effet) constats.push({ statut: "non_conforme", chemins: [DEBUT, EFFET_AVENANT], message: "La date de début de contrat ne peut pas être après la date d'effet de l'avenant.", details: { debut, effet } });
    if (fin < effet) constats.push({ statut: "non_conforme", chemins: [FIN, EFFET_AVENANT], message: "La date de fin de contrat ne peut pas être avant la date d'effet de l'avenant.", details: { fin, effet } });
    return constats;
  },
};

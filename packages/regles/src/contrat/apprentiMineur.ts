import { ageMajorite, dureeTravailApprentiMineur, dureeTravailHebdomadaireLegale, dureeTravailMaximaleAdulte } from "@communs-opco/parametres";
import type { ContratAControler } from "../ContratAControler";
import { ageRevolu } from "../dates/ageRevolu";
import { accesseurChemin } from "../compile/accesseurChemin";
import { anniversaireAuJour } from "../compile/anniversaireAuJour";
import type { VueContrat } from "../compile/VueContrat";
import { estRenseigne, Lecture } from "../Lecture";
import type { ConstatRegle, ContexteRegle, RegleSynchrone } from "../Regle";
import { articleCodeTravail, documentationControle } from "./referencesJuridiques";
import { siBooleen, siRenseigne, siTexte, siVrai } from "../compile/applicabiliteChamp";

const NAISSANCE = "apprenti.dateNaissance";
const SIGNATURE = "contrat.dateSignature";
const DEBUT = "contrat.dateDebutContrat";
const FIN = "contrat.dateFinContrat";
const CODE_CIVIL_414 = { titre: "Code civil, article 414", identifiant: "LEGITEXT000006070721", url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070721" };

/**
 * Âge révolu de l'apprenti à la date de conclusion et âge de la majorité lu à cette date, ou le
 * constat `indetermine` à rendre quand l'un manque.
 */
const lireNonEmancipe = accesseurChemin("apprenti.apprentiMineurNonEmancipe");
const lireNomResponsable = accesseurChemin("apprenti.responsableLegal.nom");
const lireMineurDeclare = accesseurChemin("apprenti.apprentiMineur");
const lireHeures = accesseurChemin("contrat.dureeTravailHebdoHeures");
const lireMinutes = accesseurChemin("contrat.dureeTravailHebdoMinutes");

/** Garde : l'apprenti est-il majeur au jour donné (âge révolu ≥ âge de la majorité) ? `undefined` si une date ou le paramètre manque. */
function majeurAuJour(v: VueContrat, jour: number): boolean | undefined {
  const majorite = v.parametreAuJour(ageMajorite, jour);
  if (majorite === undefined || Number.isNaN(v.naissanceApprenti) || Number.isNaN(jour)) return undefined;
  return jour >= anniversaireAuJour(v.naissanceApprenti, majorite);
}

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
  references: [CODE_CIVIL_414, articleCodeTravail("L6222-4"), documentationControle("apprenti", "R-MINEUR-RL")],
  parametres: [ageMajorite.id],
  chemins: [NAISSANCE, SIGNATURE, "apprenti.apprentiMineurNonEmancipe", "apprenti.responsableLegal.nom"],
  idSpecification: ["R-MINEUR-RL"],
  garde(v) {
    const majeur = majeurAuJour(v, v.signature);
    return majeur !== undefined && (majeur || lireNonEmancipe(v.contrat) === false || estRenseigne(lireNomResponsable(v.contrat)));
  },
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
  references: [CODE_CIVIL_414, documentationControle("apprenti", "R-MINEUR-COH", "proposition")],
  parametres: [ageMajorite.id],
  chemins: ["apprenti.apprentiMineur", NAISSANCE, SIGNATURE],
  idSpecification: ["R-MINEUR-COH"],
  ...siBooleen("apprenti.apprentiMineur"),
  garde(v) {
    const majeur = majeurAuJour(v, v.signature);
    return majeur !== undefined && (lireMineurDeclare(v.contrat) === true) === !majeur;
  },
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
  references: [articleCodeTravail("L5221-5"), documentationControle("apprenti", "R-ASE")],
  parametres: [ageMajorite.id],
  chemins: ["apprenti.nationalite", NAISSANCE, DEBUT, FIN],
  idSpecification: ["R-ASE"],
  ...siTexte("apprenti.nationalite", "3"),
  garde(v) {
    const majeurAuDebut = majeurAuJour(v, v.debutContrat);
    if (majeurAuDebut === undefined || Number.isNaN(v.finContrat)) return false;
    return majeurAuDebut || v.finContrat < anniversaireAuJour(v.naissanceApprenti, v.parametreAuJour(ageMajorite, v.debutContrat) as number);
  },
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
  references: [articleCodeTravail("L5221-5"), documentationControle("apprenti", "R-NAT3")],
  parametres: [],
  chemins: ["apprenti.nationalite"],
  idSpecification: ["R-NAT3"],
  ...siTexte("apprenti.nationalite", "3"),
  // Applicable, la règle produit toujours son information : la garde ne la remplace jamais.
  garde: () => false,
  evaluer: () => [{ statut: "non_conforme", message: "Apprenti(e) étranger(e) hors Union européenne : l'autorisation de travail est vérifiée par l'État (« Étrangers en France »), inutile de la joindre.", details: {} }],
};

/** Types de dérogation du CERFA qui peuvent déclarer une dérogation à la durée du travail d'un mineur : 60 (autre dérogation) et 50 (cumul). */
const DEROGATIONS_DUREE_TRAVAIL: readonly string[] = ["60", "50"];

/**
 * Durée hebdomadaire du travail déclarée (R-HEBDO) : heures et minutes cohérentes (minutes de 0 à
 * 59). Majeur au début d'exécution : au-delà de 48 h (L3121-20), erreur ; au-delà de la durée
 * légale de 35 h (L3121-27), information (heures supplémentaires) — aucun plafond de 40 h.
 * Mineur (L6222-25, L3162-1) : au-delà de 35 h, erreur sauf dérogation déclarée (type de
 * dérogation 60 ou 50), alors information ; au-delà de 40 h, erreur dans tous les cas. Le CERFA ne
 * porte pas de durée quotidienne : les limites par jour (8 h, 10 h par dérogation) ne sont pas
 * contrôlées. Paramètres lus à la date de début d'exécution.
 *
 * @example
 * ```ts
 * evaluerRegles([regleDureeTravailHebdomadaire], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleDureeTravailHebdomadaire: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "contrat.dureeTravail.hebdomadaire",
  ecartReference: "l'application de référence refuse toute durée supérieure à 40 h, majeurs compris ; le Code du travail fixe 48 h pour un majeur et 35 h (40 h par dérogation) pour un mineur.",
  titre: "Durée hebdomadaire du travail",
  description:
    "Majeur : au plus 48 heures par semaine (au-delà de 35 heures, information : heures supplémentaires). Mineur : au plus 35 heures, ou 40 heures avec une dérogation déclarée (type de dérogation 60 ou 50). Minutes de 0 à 59. Le CERFA ne porte pas de durée quotidienne : les limites par jour (8 h, 10 h par dérogation pour un mineur) ne peuvent pas être contrôlées.",
  severite: "bloquant",
  references: [
    articleCodeTravail("L3121-27"),
    articleCodeTravail("L3121-20"),
    articleCodeTravail("L3121-22"),
    articleCodeTravail("L6222-25"),
    articleCodeTravail("L3162-1"),
    documentationControle("temps-de-travail", "R-HEBDO"),
  ],
  parametres: [dureeTravailHebdomadaireLegale.id, dureeTravailMaximaleAdulte.id, dureeTravailApprentiMineur.id, ageMajorite.id],
  chemins: ["contrat.dureeTravailHebdoHeures", "contrat.dureeTravailHebdoMinutes", NAISSANCE, DEBUT, "contrat.typeDerogation"],
  idSpecification: ["R-HEBDO"],
  ...siRenseigne("contrat.dureeTravailHebdoHeures"),
  garde(v) {
    const heures = lireHeures(v.contrat);
    const brut = lireMinutes(v.contrat);
    const minutes = brut === undefined || brut === null || brut === "" ? 0 : brut;
    if (typeof heures !== "number" || !Number.isInteger(heures) || heures < 0) return false;
    if (typeof minutes !== "number" || !Number.isInteger(minutes) || minutes < 0 || minutes > 59) return false;
    const legale = v.parametreAuJour(dureeTravailHebdomadaireLegale, v.debutContrat);
    const tousConnus =
      v.parametreAuJour(dureeTravailMaximaleAdulte, v.debutContrat) !== undefined && v.parametreAuJour(dureeTravailApprentiMineur, v.debutContrat) !== undefined && v.parametreAuJour(ageMajorite, v.debutContrat) !== undefined;
    return legale !== undefined && tousConnus && heures * 60 + minutes <= legale * 60;
  },
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
    const legale = contexte.parametre(dureeTravailHebdomadaireLegale, debut);
    const adulte = contexte.parametre(dureeTravailMaximaleAdulte, debut);
    const mineur = contexte.parametre(dureeTravailApprentiMineur, debut);
    const majorite = contexte.parametre(ageMajorite, debut);
    if (legale === undefined || adulte === undefined || mineur === undefined || majorite === undefined) return [l.indetermine()];
    // Comparaison en minutes entières : 35 h 01 dépasse 35 h.
    const totalMinutes = heures * 60 + minutes;
    const depasse = (limiteHeures: number) => totalMinutes > limiteHeures * 60;
    const duree = `${heures} h${minutes === 0 ? "" : ` ${String(minutes).padStart(2, "0")}`}`;
    const details: Record<string, unknown> = { heures, minutes, legale, maximumMajeur: adulte.heuresParSemaine };
    if (!depasse(legale)) return [];
    if (depasse(adulte.heuresParSemaine)) {
      return [{ statut: "non_conforme", message: `La durée de travail hebdomadaire (${duree}) ne peut excéder ${adulte.heuresParSemaine} h (durée maximale absolue, L3121-20).`, details }];
    }
    const naissance = l.date(NAISSANCE);
    if (naissance === undefined || debut === undefined) return [l.indetermine()];
    const age = ageRevolu(naissance, debut);
    if (age >= majorite) {
      return [
        {
          statut: "non_conforme",
          severite: "information",
          message: `La durée de travail déclarée (${duree}) dépasse la durée légale de ${legale} h : les heures au-delà sont des heures supplémentaires, à rémunérer comme telles (au plus ${adulte.moyenneHeuresSur12Semaines} h en moyenne sur 12 semaines).`,
          details: { ...details, age },
        },
      ];
    }
    const derogation = l.texte("contrat.typeDerogation");
    const derogationDeclaree = derogation !== undefined && DEROGATIONS_DUREE_TRAVAIL.includes(derogation);
    const detailsMineur = { ...details, age, maximumMineur: mineur.heuresParSemaine, maximumMineurAvecDerogation: mineur.heuresParSemaineAvecDerogation, derogation: derogation ?? null };
    if (depasse(mineur.heuresParSemaineAvecDerogation)) {
      return [{ statut: "non_conforme", message: `Apprenti(e) mineur(e) (${age} ans) : la durée de travail (${duree}) ne peut excéder ${mineur.heuresParSemaineAvecDerogation} h par semaine, même avec une dérogation.`, details: detailsMineur }];
    }
    if (!derogationDeclaree) {
      return [{ statut: "non_conforme", message: `Apprenti(e) mineur(e) (${age} ans) : la durée de travail (${duree}) ne peut excéder ${mineur.heuresParSemaine} h par semaine sans dérogation (activité fixée par décret ou autorisation de l'inspecteur du travail).`, details: detailsMineur }];
    }
    return [
      {
        statut: "non_conforme",
        severite: "information",
        message: `Apprenti(e) mineur(e) (${age} ans) : ${duree} par semaine avec une dérogation déclarée ; elle doit relever d'une activité fixée par décret ou d'une autorisation de l'inspecteur du travail (au plus ${mineur.heuresParJourAvecDerogation} h par jour).`,
        details: detailsMineur,
      },
    ];
  },
};

/**
 * Information : un apprenti mineur au début d'exécution affecté à des travaux réglementés
 * (case « travail sur machines dangereuses ou exposition à des risques particuliers ») suppose que
 * l'employeur a adressé la déclaration de dérogation à l'inspecteur du travail (R4153-40 et
 * suivants) ; le CERFA ne permet pas de le vérifier.
 *
 * @example
 * ```ts
 * evaluerRegles([regleTravauxReglementesMineur], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleTravauxReglementesMineur: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "apprenti.mineur.travauxReglementes",
  ecartReference: "non signalé par l'application de référence.",
  titre: "Apprenti mineur affecté à des travaux réglementés",
  description:
    "Quand la case « travail sur machines dangereuses ou exposition à des risques particuliers » est cochée pour un apprenti mineur, l'employeur doit avoir adressé la déclaration de dérogation à l'inspecteur du travail ; invérifiable depuis le CERFA.",
  severite: "information",
  references: [articleCodeTravail("R4153-40", "et suivants"), documentationControle("temps-de-travail", "travaux réglementés")],
  parametres: [ageMajorite.id],
  chemins: ["contrat.travailRisque", NAISSANCE, DEBUT],
  ...siVrai("contrat.travailRisque"),
  garde: (v) => majeurAuJour(v, v.debutContrat) === true,
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const naissance = l.date(NAISSANCE);
    const debut = l.date(DEBUT);
    if (naissance === undefined || debut === undefined) return [l.indetermine()];
    const majorite = contexte.parametre(ageMajorite, debut);
    if (majorite === undefined) return [{ statut: "indetermine", message: "Âge de la majorité inconnu à la date de début du contrat.", details: {} }];
    const age = ageRevolu(naissance, debut);
    if (age >= majorite) return [];
    return [
      {
        statut: "non_conforme",
        message: `Apprenti(e) mineur(e) (${age} ans) affecté(e) à des travaux réglementés : l'employeur doit avoir adressé la déclaration de dérogation à l'inspecteur du travail (R4153-40 et suivants), ce que le CERFA ne permet pas de vérifier.`,
        details: { age },
      },
    ];
  },
};

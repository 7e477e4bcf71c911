import { ageMaximumApprenti, ageMinimumApprenti, exceptionsAgeMaximumApprenti, type Parametre } from "@communs-opco/parametres";
import type { ContratAControler } from "../ContratAControler";
import { anniversaireAuJour } from "../compile/anniversaireAuJour";
import { ageRevolu } from "../dates/ageRevolu";
import { accesseurChemin } from "../compile/accesseurChemin";
import { texteLu } from "../compile/texteLu";
import type { VueContrat } from "../compile/VueContrat";
import { Lecture } from "../Lecture";
import type { ConstatRegle, RegleSynchrone } from "../Regle";
import { dateEvaluationInvalide } from "./dateEvaluationInvalide";
import { articleCodeTravail, documentationControle, noticeCerfa } from "./referencesJuridiques";
import { siTexte } from "../compile/applicabiliteChamp";

const NAISSANCE = "apprenti.dateNaissance";
const DEBUT = "contrat.dateDebutContrat";
const DEROGATION = "contrat.typeDerogation";
const CONCLUSION = "contrat.dateSignature";

/** Âge de l'apprenti en années révolues à la date de début d'exécution, ou `undefined` (chemins tracés). */
function ageAuDebut(l: Lecture): { age: number; debut: string } | undefined {
  const naissance = l.date(NAISSANCE);
  const debut = l.date(DEBUT);
  if (naissance === undefined || debut === undefined) return undefined;
  return { age: ageRevolu(naissance, debut), debut };
}

/** Cas d'exemption sans limite d'âge (L6222-2) cochés sur le CERFA. */
const lireDerogation = accesseurChemin(DEROGATION);

/**
 * Garde : âge révolu de l'apprenti au début d'exécution, sur numéros de jour, comparé à `annees` :
 * `"au moins"` vaut `age >= annees`, `"au plus"` vaut `age <= annees` (faux si une date manque).
 */
function ageAuDebutVue(v: VueContrat, comparaison: "au moins" | "au plus", annees: number): boolean {
  if (Number.isNaN(v.naissanceApprenti) || Number.isNaN(v.debutContrat)) return false;
  return comparaison === "au moins" ? v.debutContrat >= anniversaireAuJour(v.naissanceApprenti, annees) : v.debutContrat < anniversaireAuJour(v.naissanceApprenti, annees + 1);
}

const lireNaissanceApprenti = accesseurChemin(NAISSANCE);
const lireNaissanceMaitre1 = accesseurChemin("maitre1.dateNaissance");
const lireNaissanceMaitre2 = accesseurChemin("maitre2.dateNaissance");

/** Garde : une date de naissance non textuelle n'est pas contrôlée ; un texte doit être une date valide au plus tard à la date d'évaluation. */
function pasFuture(brut: unknown, jour: number, v: VueContrat): boolean {
  return typeof brut !== "string" || jour <= v.evaluation;
}

function exemptionsSansLimite(l: Lecture): string[] {
  const cas: string[] = [];
  if (l.coche("apprenti.handicap")) cas.push("rqth");
  if (l.coche("apprenti.projetCreationRepriseEntreprise")) cas.push("projet_creation_reprise_entreprise");
  if (l.coche("apprenti.inscriptionSportifDeHautNiveau")) cas.push("sportif_haut_niveau");
  return cas;
}

/**
 * Règle bloquante d'une dérogation d'âge (R-DEROG-11, R-DEROG-12) : quand `contrat.typeDerogation`
 * vaut `code`, l'âge révolu au début d'exécution doit être admis au regard de la limite légale
 * (`limite`, lue à la date de début).
 */
function regleDerogationAge(definition: {
  code: "11" | "12";
  id: string;
  ecartReference: string;
  titre: string;
  description: string;
  article: string;
  limite: Parametre<{ anneesRevolues: number }>;
  limiteInconnue: string;
  admis(age: number, anneesRevolues: number): boolean;
  /** Même critère que `admis`, sur la vue typée (âge comparé par anniversaires en numéros de jour). */
  admisVue(v: VueContrat, anneesRevolues: number): boolean;
  message(anneesRevolues: number, age: number): string;
}): RegleSynchrone<ContratAControler> {
  const { code, article, limite, limiteInconnue, admis, admisVue, message, ...meta } = definition;
  const idSpecification = `R-DEROG-${code}`;
  return {
    nature: "synchrone",
    ...meta,
    severite: "bloquant",
    references: [articleCodeTravail(article), documentationControle("apprenti", idSpecification)],
    parametres: [limite.id],
    chemins: [DEROGATION, NAISSANCE, DEBUT],
    idSpecification: [idSpecification],
    ...siTexte(DEROGATION, code),
    garde(v) {
      const p = v.parametreAuJour(limite, v.debutContrat);
      return p !== undefined && admisVue(v, p.anneesRevolues);
    },
    evaluer(contrat, contexte) {
      const l = new Lecture(contrat);
      const a = ageAuDebut(l);
      if (a === undefined) return [l.indetermine()];
      const p = contexte.parametre(limite, a.debut);
      if (p === undefined) return [{ statut: "indetermine", message: limiteInconnue, details: {} }];
      return admis(a.age, p.anneesRevolues) ? [] : [{ statut: "non_conforme", message: message(p.anneesRevolues, a.age), details: { age: a.age } }];
    },
  };
}

/**
 * La date de naissance de l'apprenti et des maîtres d'apprentissage n'est pas postérieure à la
 * date d'évaluation (R-AGE-1, R-MA-FUT). La date n'est pas recopiée dans le message.
 *
 * @example
 * ```ts
 * evaluerRegles([regleDateNaissanceFuture], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleDateNaissanceFuture: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "personnes.dateNaissance.future",
  titre: "Date de naissance non future",
  description: "Les dates de naissance de l'apprenti et des maîtres d'apprentissage ne sont pas postérieures à la date du jour (date d'évaluation).",
  severite: "bloquant",
  references: [noticeCerfa("rubriques « L'apprenti » et « Le maître d'apprentissage » : date de naissance"), documentationControle("apprenti", "R-AGE-1, R-MA-FUT")],
  parametres: [],
  chemins: [NAISSANCE, "maitre1.dateNaissance", "maitre2.dateNaissance"],
  idSpecification: ["R-AGE-1", "R-MA-FUT"],
  garde(v) {
    if (Number.isNaN(v.evaluation)) return false;
    return pasFuture(lireNaissanceApprenti(v.contrat), v.naissanceApprenti, v) && pasFuture(lireNaissanceMaitre1(v.contrat), v.naissanceMaitre1, v) && pasFuture(lireNaissanceMaitre2(v.contrat), v.naissanceMaitre2, v);
  },
  evaluer(contrat, contexte) {
    const invalide = dateEvaluationInvalide(contexte);
    if (invalide !== undefined) return [invalide];
    const l = new Lecture(contrat);
    const constats: ConstatRegle[] = [];
    for (const chemin of [NAISSANCE, "maitre1.dateNaissance", "maitre2.dateNaissance"]) {
      const v = l.brut(chemin);
      if (typeof v === "string" && v > contexte.dateEvaluation) {
        constats.push({ statut: "non_conforme", chemins: [chemin], message: `La date de naissance (${chemin}) ne peut pas être dans le futur.`, details: {} });
      }
    }
    return constats;
  },
};

/**
 * Âge minimal de l'apprenti à la date de début d'exécution (L6222-1, R-AGE-MIN) : 16 ans
 * révolus ; 15 ans si l'apprenti a achevé le collège (dernière classe 01 ou 40, ou diplôme au moins
 * égal au brevet : proposition de la spécification). Le code de dérogation exigé à 15 ans est
 * contrôlé par `contrat.derogation.ageRequise`. Paramètre lu à la date de début d'exécution.
 *
 * @example
 * ```ts
 * evaluerRegles([regleAgeMinimumApprenti], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleAgeMinimumApprenti: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "apprenti.age.minimum",
  ecartReference: "l'application publique exige un âge fractionnaire supérieur à 15 ans (15 ans et 1 jour).",
  titre: "Âge minimal de l'apprenti",
  description: "L'apprenti a au moins 16 ans révolus au début d'exécution du contrat, ou 15 ans s'il a achevé la scolarité du collège.",
  severite: "bloquant",
  references: [articleCodeTravail("L6222-1"), documentationControle("apprenti", "R-AGE-MIN")],
  parametres: [ageMinimumApprenti.id],
  chemins: [NAISSANCE, DEBUT, "apprenti.derniereClasse", "apprenti.diplome"],
  idSpecification: ["R-AGE-MIN"],
  garde(v) {
    const p = v.parametreAuJour(ageMinimumApprenti, v.debutContrat);
    return p !== undefined && v.debutContrat >= anniversaireAuJour(v.naissanceApprenti, p.anneesRevolues);
  },
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const a = ageAuDebut(l);
    if (a === undefined) return [l.indetermine()];
    const p = contexte.parametre(ageMinimumApprenti, a.debut);
    if (p === undefined) return [{ statut: "indetermine", message: "Âge minimal légal inconnu à la date de début du contrat.", details: {} }];
    const details = { age: a.age, minimum: p.anneesRevolues, minimumFinDeCollege: p.anneesRevoluesFinDeCollege };
    if (a.age >= p.anneesRevolues) return [];
    const message = `L'apprenti(e) doit avoir au moins ${p.anneesRevoluesFinDeCollege} ans à la date de début d'exécution du contrat (${a.age} ans), et ${p.anneesRevolues} ans s'il ou elle n'a pas achevé le collège.`;
    if (a.age < p.anneesRevoluesFinDeCollege) return [{ statut: "non_conforme", message, details }];
    const classe = l.brut("apprenti.derniereClasse");
    const diplome = l.brut("apprenti.diplome");
    // Collège achevé : dernière année d'un cycle diplômée (01) ou 1er cycle du secondaire achevé (40), ou diplôme ≥ brevet (DNB 25 ou niveau CAP et plus).
    const collegeAcheve = classe === "01" || classe === "40" || (typeof diplome === "string" && diplome !== "13" && diplome !== "26" && /^\d{2}$/.test(diplome));
    if (collegeAcheve) return [];
    if (classe === undefined && diplome === undefined) return [{ statut: "indetermine", message: `Apprenti(e) de ${a.age} ans : la dernière classe ou le diplôme est nécessaire pour vérifier l'achèvement du collège.`, manquants: ["apprenti.derniereClasse", "apprenti.diplome"], details }];
    return [{ statut: "non_conforme", message, details: { ...details, collegeAcheve: false } }];
  },
};

/**
 * Âge maximal de l'apprenti (L6222-1, L6222-2, D6222-1 ; R-AGE-MAX) : 29 ans révolus au **début
 * d'exécution** (non conforme dès 30 ans, alors que l'application de référence laisse passer 30 ans).
 * Sans limite pour un apprenti RQTH, un projet de création ou de reprise d'entreprise ou un sportif
 * de haut niveau. Pour un contrat successif (types 21 à 23 avec numéro du contrat précédent), l'âge
 * est porté à 35 ans révolus **à la date de conclusion** du nouveau contrat (D6222-1) :
 * avertissement jusque-là, car le CERFA ne dit pas si le cas légal est rempli (diplôme supérieur,
 * rupture indépendante de la volonté de l'apprenti, inaptitude temporaire) ; sans date de
 * conclusion, indéterminé. Limite de 29 ans lue au début d'exécution, exceptions à la conclusion.
 *
 * @example
 * ```ts
 * evaluerRegles([regleAgeMaximumApprenti], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleAgeMaximumApprenti: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "apprenti.age.maximum",
  ecartReference:
    "l'application de référence ne signale l'âge qu'au-delà de 30 ans, laisse passer un apprenti de 30 ans sans exemption et mesure l'âge de 35 ans au début du contrat au lieu de la date de conclusion.",
  titre: "Âge maximal de l'apprenti",
  description:
    "L'apprenti a au plus 29 ans révolus au début d'exécution, sauf RQTH, projet de création ou reprise d'entreprise ou sportif de haut niveau (sans limite), ou contrat successif dans les cas de l'article L6222-2 (au plus 35 ans révolus à la date de conclusion du contrat, D6222-1, à justifier).",
  severite: "bloquant",
  references: [articleCodeTravail("L6222-1"), articleCodeTravail("L6222-2"), articleCodeTravail("D6222-1"), documentationControle("apprenti", "R-AGE-MAX")],
  parametres: [ageMaximumApprenti.id, exceptionsAgeMaximumApprenti.id],
  chemins: [NAISSANCE, DEBUT, CONCLUSION, "apprenti.handicap", "apprenti.projetCreationRepriseEntreprise", "apprenti.inscriptionSportifDeHautNiveau", "contrat.typeContratApp", "contrat.numeroContratPrecedent"],
  idSpecification: ["R-AGE-MAX"],
  garde(v) {
    const maximum = v.parametreAuJour(ageMaximumApprenti, v.debutContrat);
    return maximum !== undefined && v.debutContrat < anniversaireAuJour(v.naissanceApprenti, maximum.anneesRevolues + 1);
  },
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const a = ageAuDebut(l);
    if (a === undefined) return [l.indetermine()];
    const maximum = contexte.parametre(ageMaximumApprenti, a.debut);
    if (maximum === undefined) return [{ statut: "indetermine", message: "Âge maximal légal inconnu à la date de début du contrat.", details: {} }];
    if (a.age <= maximum.anneesRevolues) return [];
    const type = l.texte("contrat.typeContratApp");
    const successif = type !== undefined && /^2[1-3]$/.test(type) && l.renseigne("contrat.numeroContratPrecedent");
    // Les exceptions sans limite se lisent au début d'exécution ; l'âge dérogatoire de 35 ans à la conclusion (D6222-1).
    const conclusion = successif ? l.date(CONCLUSION) : undefined;
    const exceptions = contexte.parametre(exceptionsAgeMaximumApprenti, conclusion ?? a.debut);
    if (exceptions === undefined) return [{ statut: "indetermine", message: "Exceptions légales à l'âge maximal inconnues à la date du contrat.", details: {} }];
    const cas = exemptionsSansLimite(l).filter((c) => (exceptions.sansLimite as readonly string[]).includes(c));
    if (cas.length > 0) return [];
    const details = { age: a.age, maximum: maximum.anneesRevolues, maximumDerogatoire: exceptions.anneesRevoluesDerogatoires };
    const message = `Votre apprenti(e) a ${a.age} ans à la date de début d'exécution du contrat : vérifiez qu'il ou elle se situe dans un des cas d'exception.`;
    if (!successif) return [{ statut: "non_conforme", message, details }];
    if (conclusion === undefined) {
      return [
        {
          statut: "indetermine",
          message: `${message} Contrat successif : l'âge de ${exceptions.anneesRevoluesDerogatoires} ans au plus s'apprécie à la date de conclusion du contrat (D6222-1), qui manque ou est invalide.`,
          manquants: [CONCLUSION],
          details,
        },
      ];
    }
    const ageConclusion = ageRevolu(l.date(NAISSANCE)!, conclusion);
    const detailsConclusion = { ...details, ageALaConclusion: ageConclusion, dateConclusion: conclusion };
    if (ageConclusion <= exceptions.anneesRevoluesDerogatoires) {
      return [
        {
          statut: "non_conforme",
          severite: "avertissement",
          message: `${message} Contrat successif : jusqu'à ${exceptions.anneesRevoluesDerogatoires} ans révolus à la conclusion du contrat (${ageConclusion} ans) dans les cas de l'article L6222-2, à justifier.`,
          details: { ...detailsConclusion, casPossibles: [...exceptions.casDerogatoires] },
        },
      ];
    }
    return [
      {
        statut: "non_conforme",
        message: `L'apprenti(e) a ${ageConclusion} ans à la date de conclusion du contrat : un contrat successif n'est possible que jusqu'à ${exceptions.anneesRevoluesDerogatoires} ans révolus à cette date (D6222-1).`,
        details: detailsConclusion,
      },
    ];
  },
};

/**
 * Un premier contrat (type 11) n'est pas possible à 30 ans ou plus sans exemption sans limite
 * d'âge (RQTH, création ou reprise d'entreprise, sportif de haut niveau) (R-TYPE11).
 *
 * @example
 * ```ts
 * evaluerRegles([reglePremierContratAge], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const reglePremierContratAge: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "contrat.typeContrat.premierContratAge",
  ecartReference: "l'application de référence ne verrouille le type 11 qu'au-delà de 30 ans.",
  titre: "Premier contrat et âge de l'apprenti",
  description: "Le type de contrat 11 (premier contrat) n'est pas admis pour un apprenti de plus de 29 ans révolus sans exemption sans limite d'âge.",
  severite: "bloquant",
  references: [articleCodeTravail("L6222-2"), documentationControle("apprenti", "R-TYPE11")],
  parametres: [ageMaximumApprenti.id, exceptionsAgeMaximumApprenti.id],
  chemins: ["contrat.typeContratApp", NAISSANCE, DEBUT],
  idSpecification: ["R-TYPE11"],
  ...siTexte("contrat.typeContratApp", "11"),
  garde(v) {
    const maximum = v.parametreAuJour(ageMaximumApprenti, v.debutContrat);
    return maximum !== undefined && v.parametreAuJour(exceptionsAgeMaximumApprenti, v.debutContrat) !== undefined && ageAuDebutVue(v, "au plus", maximum.anneesRevolues);
  },
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const a = ageAuDebut(l);
    if (a === undefined) return [l.indetermine()];
    const maximum = contexte.parametre(ageMaximumApprenti, a.debut);
    const exceptions = contexte.parametre(exceptionsAgeMaximumApprenti, a.debut);
    if (maximum === undefined || exceptions === undefined) return [{ statut: "indetermine", message: "Âge maximal légal inconnu à la date de début du contrat.", details: {} }];
    if (a.age <= maximum.anneesRevolues || exemptionsSansLimite(l).some((c) => (exceptions.sansLimite as readonly string[]).includes(c))) return [];
    return [{ statut: "non_conforme", message: `Un premier contrat (type 11) n'est pas possible pour un(e) apprenti(e) de ${a.age} ans sans RQTH, projet de création ou reprise d'entreprise ni inscription comme sportif de haut niveau.`, details: { age: a.age } }];
  },
};

/**
 * La dérogation 11 (moins de 16 ans) est réservée aux apprentis de moins de 16 ans révolus au
 * début d'exécution (R-DEROG-11 ; l'application de référence accepte 16 ans).
 *
 * @example
 * ```ts
 * evaluerRegles([regleDerogationMoinsDe16Ans], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleDerogationMoinsDe16Ans: RegleSynchrone<ContratAControler> = regleDerogationAge({
  code: "11",
  id: "contrat.derogation.moinsDe16Ans",
  ecartReference: "l'application de référence n'erre qu'au-delà de 16 ans et accepte donc la dérogation 11 à 16 ans.",
  titre: "Dérogation 11 et âge",
  description: "Le type de dérogation 11 (âge inférieur à 16 ans) n'est admis que si l'apprenti a moins de 16 ans révolus au début d'exécution.",
  article: "L6222-1",
  limite: ageMinimumApprenti,
  limiteInconnue: "Âge minimal légal inconnu à la date de début du contrat.",
  admis: (age, annees) => age < annees,
  admisVue: (v, annees) => ageAuDebutVue(v, "au plus", annees - 1),
  message: (annees, age) => `Le type de dérogation 11 est réservé aux apprentis de moins de ${annees} ans (${age} ans au début du contrat).`,
});

/**
 * La dérogation 12 (plus de 29 ans) est réservée aux apprentis de plus de 29 ans révolus, soit
 * 30 ans au moins au début d'exécution (R-DEROG-12 ; l'application de référence accepte 29 ans).
 *
 * @example
 * ```ts
 * evaluerRegles([regleDerogationPlusDe29Ans], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleDerogationPlusDe29Ans: RegleSynchrone<ContratAControler> = regleDerogationAge({
  code: "12",
  id: "contrat.derogation.plusDe29Ans",
  ecartReference: "l'application de référence n'erre qu'en dessous de 29 ans et accepte donc la dérogation 12 à 29 ans.",
  titre: "Dérogation 12 et âge",
  description: "Le type de dérogation 12 (âge supérieur à 29 ans) n'est admis que si l'apprenti a plus de 29 ans révolus au début d'exécution.",
  article: "L6222-2",
  limite: ageMaximumApprenti,
  limiteInconnue: "Âge maximal légal inconnu à la date de début du contrat.",
  admis: (age, annees) => age > annees,
  admisVue: (v, annees) => ageAuDebutVue(v, "au moins", annees + 1),
  message: (annees, age) => `Le type de dérogation 12 est réservé aux apprentis de plus de ${annees} ans révolus (${age} ans au début du contrat).`,
});

/**
 * Une dérogation d'âge est déclarée quand l'âge l'exige (R-DEROG-REQ, proposition cohérente avec
 * le verrouillage des options) : moins de 16 ans → dérogation 11 ou 50 ; plus de 29 ans révolus →
 * dérogation 12 ou 50.
 *
 * @example
 * ```ts
 * evaluerRegles([regleDerogationAgeRequise], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleDerogationAgeRequise: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "contrat.derogation.ageRequise",
  ecartReference: "non contrôlé par l'application de référence (proposition du projet).",
  titre: "Dérogation d'âge déclarée",
  description: "Un apprenti de moins de 16 ans relève de la dérogation 11 (ou 50, cumul) ; un apprenti de plus de 29 ans révolus de la dérogation 12 (ou 50).",
  severite: "bloquant",
  references: [articleCodeTravail("L6222-1"), articleCodeTravail("L6222-2"), documentationControle("apprenti", "R-DEROG-REQ", "proposition")],
  parametres: [ageMinimumApprenti.id, ageMaximumApprenti.id],
  chemins: [DEROGATION, NAISSANCE, DEBUT],
  idSpecification: ["R-DEROG-REQ", "R-DEROG-OPT"],
  garde(v) {
    const minimum = v.parametreAuJour(ageMinimumApprenti, v.debutContrat);
    const maximum = v.parametreAuJour(ageMaximumApprenti, v.debutContrat);
    if (minimum === undefined || maximum === undefined || Number.isNaN(v.naissanceApprenti) || Number.isNaN(v.debutContrat)) return false;
    const derogation = texteLu(lireDerogation(v.contrat));
    if (derogation === "50") return true;
    const assezAge = ageAuDebutVue(v, "au moins", minimum.anneesRevolues) || derogation === "11";
    const pasTropAge = ageAuDebutVue(v, "au plus", maximum.anneesRevolues) || derogation === "12";
    return assezAge && pasTropAge;
  },
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const a = ageAuDebut(l);
    if (a === undefined) return [l.indetermine()];
    const minimum = contexte.parametre(ageMinimumApprenti, a.debut);
    const maximum = contexte.parametre(ageMaximumApprenti, a.debut);
    if (minimum === undefined || maximum === undefined) return [{ statut: "indetermine", message: "Âges légaux inconnus à la date de début du contrat.", details: {} }];
    const derogation = l.texte(DEROGATION);
    if (a.age < minimum.anneesRevolues && derogation !== "11" && derogation !== "50") {
      return [{ statut: "non_conforme", message: `L'apprenti(e) a ${a.age} ans au début du contrat : le type de dérogation 11 (ou 50, cumul de dérogations) doit être déclaré.`, details: { age: a.age, derogation: derogation ?? null } }];
    }
    if (a.age > maximum.anneesRevolues && derogation !== "12" && derogation !== "50") {
      return [{ statut: "non_conforme", message: `L'apprenti(e) a ${a.age} ans au début du contrat : le type de dérogation 12 (ou 50, cumul de dérogations) doit être déclaré.`, details: { age: a.age, derogation: derogation ?? null } }];
    }
    return [];
  },
};

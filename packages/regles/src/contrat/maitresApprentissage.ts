import { tableDiplome, entreeParCode } from "@communs-opco/nomenclatures";
import { ageMinimumMaitreApprentissage, experienceMaitreApprentissage, nombreMaximumApprentisParMaitre } from "@communs-opco/parametres";
import type { ContratAControler } from "../ContratAControler";
import { anniversaireAuJour } from "../compile/anniversaireAuJour";
import { ageRevolu } from "../dates/ageRevolu";
import { accesseurChemin } from "../compile/accesseurChemin";
import { MemoireBornee } from "../compile/MemoireBornee";
import { texteLu } from "../compile/texteLu";
import { estRenseigne, Lecture } from "../Lecture";
import { consulter } from "../consulter";
import type { ConstatRegle, RegleAsynchrone, RegleSynchrone } from "../Regle";
import { regleParConsultations } from "../regleParConsultations";
import { articleCodeTravail, documentationControle, noticeCerfa } from "./referencesJuridiques";

const MAITRES = ["maitre1", "maitre2"] as const;
const DEBUT = "contrat.dateDebutContrat";

/** Le maître est-il renseigné (au moins un champ d'identité) ? */
const lireMaitre2 = ["maitre2.nom", "maitre2.prenom", "maitre2.dateNaissance"].map(accesseurChemin);
const lireAttestationMaitre = accesseurChemin("maitre1.attestationEligibilite");
const lireAttestationEmployeur = accesseurChemin("employeur.attestationEligibilite");
const lireTypeDiplome = accesseurChemin("formation.typeDiplome");
const lireNiveauMaitre1 = accesseurChemin("maitre1.niveauDiplome");
const lireNiveauMaitre2 = accesseurChemin("maitre2.niveauDiplome");
const niveauxPrepares = new MemoireBornee<number | null | undefined>();

/** Niveau européen du diplôme préparé (table des diplômes) : `null` sans niveau, `undefined` code inconnu. */
function niveauPrepare(code: string): number | null | undefined {
  const niveau = entreeParCode(tableDiplome, code)?.niveauEuropeen;
  return niveau === undefined || niveau === null ? niveau : Number(niveau);
}

function maitreRenseigne(l: Lecture, maitre: string): boolean {
  return ["nom", "prenom", "dateNaissance"].some((c) => l.renseigne(`${maitre}.${c}`));
}

/** Identité comparable d'une personne : nom, prénom (sans accents ni casse) et date de naissance. */
function identite(l: Lecture, personne: string): string | undefined {
  const forme = (v: unknown) => (typeof v === "string" ? v.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase().replace(/[^A-Z]/g, "") : "");
  const nom = forme(l.brut(`${personne}.nom`));
  const prenom = forme(l.brut(`${personne}.prenom`));
  const naissance = l.brut(`${personne}.dateNaissance`);
  if (nom === "" || prenom === "" || typeof naissance !== "string") return undefined;
  return `${nom}|${prenom}|${naissance}`;
}

/**
 * Chaque maître d'apprentissage renseigné est majeur (18 ans révolus) à la date de début
 * d'exécution du contrat (R-MA-AGE). Paramètre lu à la date de début d'exécution.
 *
 * @example
 * ```ts
 * evaluerRegles([regleAgeMaitre], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleAgeMaitre: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "maitre.age.majorite",
  titre: "Maître d'apprentissage majeur",
  description: "Chaque maître d'apprentissage est majeur à la date de début d'exécution du contrat.",
  severite: "bloquant",
  references: [articleCodeTravail("L6223-8-1"), documentationControle("maitres", "R-MA-AGE")],
  parametres: [ageMinimumMaitreApprentissage.id],
  chemins: ["maitre1.dateNaissance", "maitre2.dateNaissance", DEBUT],
  idSpecification: ["R-MA-AGE"],
  garde(v) {
    const minimum = v.parametreAuJour(ageMinimumMaitreApprentissage, v.debutContrat);
    if (minimum === undefined || !(v.debutContrat >= anniversaireAuJour(v.naissanceMaitre1, minimum))) return false;
    return !v.maitre2Renseigne || v.debutContrat >= anniversaireAuJour(v.naissanceMaitre2, minimum);
  },
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const debut = l.date(DEBUT);
    const naissances = MAITRES.filter((m) => m === "maitre1" || maitreRenseigne(l, m)).map((m) => [m, l.date(`${m}.dateNaissance`)] as const);
    if (debut === undefined || naissances.some(([, n]) => n === undefined)) return [l.indetermine()];
    const minimum = contexte.parametre(ageMinimumMaitreApprentissage, debut);
    if (minimum === undefined) return [{ statut: "indetermine", message: "Âge minimal légal du maître inconnu à la date de début du contrat.", details: {} }];
    const constats: ConstatRegle[] = [];
    for (const [maitre, naissance] of naissances) {
      const age = ageRevolu(naissance as string, debut);
      if (age < minimum) constats.push({ statut: "non_conforme", chemins: [`${maitre}.dateNaissance`, DEBUT], message: "Le maître d'apprentissage doit être majeur à la date de début d'exécution du contrat.", details: { maitre, age, minimum } });
    }
    return constats;
  },
};

/**
 * Le maître d'apprentissage 2 est renseigné entièrement ou pas du tout : nom, prénom et date de
 * naissance (R-MA-3).
 *
 * @example
 * ```ts
 * evaluerRegles([regleMaitre2Complet], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleMaitre2Complet: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "maitre2.completude",
  titre: "Maître d'apprentissage 2 complet",
  description: "Le second maître d'apprentissage est renseigné en entier (nom, prénom, date de naissance) ou pas du tout.",
  severite: "bloquant",
  references: [noticeCerfa("rubrique « Le maître d'apprentissage » : maître n° 2"), documentationControle("maitres", "R-MA-3")],
  parametres: [],
  chemins: ["maitre2.nom", "maitre2.prenom", "maitre2.dateNaissance"],
  idSpecification: ["R-MA-3"],
  garde(v) {
    let renseignes = 0;
    for (const lire of lireMaitre2) if (estRenseigne(lire(v.contrat))) renseignes++;
    return renseignes === 0 || renseignes === lireMaitre2.length;
  },
  evaluer(contrat) {
    const l = new Lecture(contrat);
    const champs = ["maitre2.nom", "maitre2.prenom", "maitre2.dateNaissance"];
    const manquants = champs.filter((c) => !l.renseigne(c));
    if (manquants.length === 0 || manquants.length === champs.length) return [];
    return [{ statut: "non_conforme", chemins: manquants, message: "Le maître d'apprentissage 2 est incomplet : nom, prénom et date de naissance sont requis.", details: { manquants } }];
  },
};

/**
 * L'employeur atteste que le maître d'apprentissage remplit les critères d'éligibilité
 * (`maitre1.attestationEligibilite`, ou `employeur.attestationEligibilite` pour un employeur
 * public) (R-MA-ELIG, partie bloquante).
 *
 * @example
 * ```ts
 * evaluerRegles([regleAttestationEligibiliteMaitre], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleAttestationEligibiliteMaitre: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "maitre.eligibilite.attestation",
  titre: "Attestation d'éligibilité du maître",
  description: "L'employeur atteste sur l'honneur que le maître d'apprentissage répond à l'ensemble des critères d'éligibilité.",
  severite: "bloquant",
  references: [articleCodeTravail("L6223-8-1"), articleCodeTravail("R6223-22"), documentationControle("maitres", "R-MA-ELIG")],
  parametres: [],
  chemins: ["maitre1.attestationEligibilite", "employeur.attestationEligibilite"],
  idSpecification: ["R-MA-ELIG"],
  garde: (v) => lireAttestationMaitre(v.contrat) === true || lireAttestationEmployeur(v.contrat) === true,
  evaluer(contrat) {
    const l = new Lecture(contrat);
    if (l.brut("maitre1.attestationEligibilite") === true || l.brut("employeur.attestationEligibilite") === true) return [];
    return [{ statut: "non_conforme", chemins: ["maitre1.attestationEligibilite"], message: "L'employeur doit attester que le maître d'apprentissage répond à l'ensemble des critères d'éligibilité.", details: {} }];
  },
};

/**
 * Niveau de diplôme des maîtres et diplôme préparé (R-MA-ELIG, R6223-22, résumé à vérifier) : un
 * maître dont le diplôme est de niveau inférieur au diplôme préparé ne peut justifier sa
 * compétence que par 2 ans d'activité en rapport avec la qualification (au lieu d'1 an avec un
 * diplôme du domaine de niveau au moins égal), sauf conditions de la convention collective.
 * Avertissement. Paramètre lu à la date de début d'exécution.
 *
 * @example
 * ```ts
 * evaluerRegles([regleNiveauDiplomeMaitre], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleNiveauDiplomeMaitre: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "maitre.eligibilite.niveauDiplome",
  ecartReference: "l'application de référence ne demande qu'une case à cocher déclarative.",
  titre: "Niveau de diplôme du maître",
  description:
    "Quand le diplôme d'un maître est de niveau inférieur au diplôme préparé, l'employeur doit pouvoir justifier de 2 ans d'expérience du maître en rapport avec la qualification préparée.",
  severite: "avertissement",
  references: [articleCodeTravail("R6223-22"), documentationControle("maitres", "R-MA-ELIG")],
  parametres: [experienceMaitreApprentissage.id],
  chemins: ["maitre1.niveauDiplome", "maitre2.niveauDiplome", "formation.typeDiplome", DEBUT],
  idSpecification: ["R-MA-ELIG"],
  garde(v) {
    const type = texteLu(lireTypeDiplome(v.contrat));
    const prepare = type === undefined ? undefined : niveauxPrepares.obtenir(type, niveauPrepare);
    if (prepare === undefined || prepare === null || v.parametreAuJour(experienceMaitreApprentissage, v.debutContrat) === undefined) return false;
    const niveau1 = texteLu(lireNiveauMaitre1(v.contrat));
    if (niveau1 === undefined || Number(niveau1) < prepare) return false;
    if (!v.maitre2Renseigne) return true;
    const niveau2 = texteLu(lireNiveauMaitre2(v.contrat));
    return niveau2 !== undefined && !(Number(niveau2) < prepare);
  },
  evaluer(contrat, contexte) {
    const l = new Lecture(contrat);
    const typeDiplome = l.texte("formation.typeDiplome");
    const niveauPrepare = typeDiplome === undefined ? undefined : entreeParCode(tableDiplome, typeDiplome)?.niveauEuropeen;
    if (niveauPrepare === undefined) return [l.indetermine()];
    if (niveauPrepare === null) {
      // Diplôme préparé sans niveau européen (p. ex. 13, 25, 26) : la comparaison est impossible, jamais conforme.
      return [
        {
          statut: "indetermine",
          chemins: ["formation.typeDiplome"],
          message: `Le diplôme préparé (code ${typeDiplome}) n'a pas de niveau européen : le niveau du diplôme du maître ne peut pas lui être comparé.`,
          details: { typeDiplome },
        },
      ];
    }
    const experience = contexte.parametre(experienceMaitreApprentissage, l.date(DEBUT));
    if (experience === undefined) return [l.indetermine()];
    const constats: ConstatRegle[] = [];
    for (const maitre of MAITRES) {
      if (maitre === "maitre2" && !maitreRenseigne(l, maitre)) continue;
      const niveau = l.texte(`${maitre}.niveauDiplome`);
      if (niveau === undefined) continue;
      if (Number(niveau) < Number(niveauPrepare)) {
        constats.push({
          statut: "non_conforme",
          chemins: [`${maitre}.niveauDiplome`, "formation.typeDiplome"],
          message: `Le niveau de diplôme du maître d'apprentissage (${niveau}) est inférieur au diplôme préparé (niveau ${niveauPrepare}) : ${experience.anneesSansDiplome} ans d'expérience sont requis.`,
          details: { maitre, niveauMaitre: Number(niveau), niveauPrepare: Number(niveauPrepare), experienceRequiseAnnees: experience.anneesSansDiplome },
        });
      }
    }
    if (constats.length === 0 && l.manquants().length > 0) return [l.indetermine()];
    return constats;
  },
};

/**
 * Les maîtres d'apprentissage sont des personnes distinctes entre elles et de l'apprenti (même
 * nom, prénom et date de naissance) (R-MA-APPRENTI, R-MA-DISTINCT, propositions).
 *
 * @example
 * ```ts
 * evaluerRegles([regleMaitresDistincts], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleMaitresDistincts: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "maitre.personnesDistinctes",
  ecartReference: "non contrôlé par l'application de référence (proposition du projet).",
  titre: "Maîtres distincts de l'apprenti et entre eux",
  description: "Le maître d'apprentissage n'est pas l'apprenti lui-même, et les deux maîtres sont des personnes différentes.",
  severite: "bloquant",
  references: [articleCodeTravail("L6223-5"), documentationControle("maitres", "R-MA-APPRENTI, R-MA-DISTINCT", "propositions")],
  parametres: [],
  chemins: ["apprenti.nom", "apprenti.prenom", "apprenti.dateNaissance", "maitre1.nom", "maitre1.prenom", "maitre1.dateNaissance", "maitre2.nom", "maitre2.prenom", "maitre2.dateNaissance"],
  idSpecification: ["R-MA-APPRENTI", "R-MA-DISTINCT"],
  // Deux identités ne peuvent être égales que si leurs dates de naissance sont le même texte : la
  // garde vaut quand chaque paire a au moins une date valide et des dates différentes.
  garde(v) {
    const distinctes = (x: number, y: number) => x !== y && (!Number.isNaN(x) || !Number.isNaN(y));
    return distinctes(v.naissanceApprenti, v.naissanceMaitre1) && distinctes(v.naissanceApprenti, v.naissanceMaitre2) && distinctes(v.naissanceMaitre1, v.naissanceMaitre2);
  },
  evaluer(contrat) {
    const l = new Lecture(contrat);
    const apprenti = identite(l, "apprenti");
    const m1 = identite(l, "maitre1");
    const m2 = identite(l, "maitre2");
    const constats: ConstatRegle[] = [];
    for (const [maitre, id] of [["maitre1", m1], ["maitre2", m2]] as const) {
      if (id !== undefined && id === apprenti) constats.push({ statut: "non_conforme", chemins: [`${maitre}.nom`, "apprenti.nom"], message: "Le maître d'apprentissage ne peut pas être l'apprenti.", details: { maitre } });
    }
    if (m1 !== undefined && m1 === m2) constats.push({ statut: "non_conforme", chemins: ["maitre1.nom", "maitre2.nom"], message: "Les deux maîtres d'apprentissage doivent être des personnes différentes.", details: {} });
    return constats;
  },
};

/**
 * Identité d'un maître d'apprentissage transmise au portefeuille de l'OPCO.
 *
 * @example
 * ```ts
 * const m: MaitreRecherche = { siren: "828327005", nom: "DURAND", prenom: "Karim", dateNaissance: "1985-06-02" };
 * ```
 */
export interface MaitreRecherche {
  /** SIREN de l'employeur (9 premiers chiffres du SIRET). */
  siren: string;
  nom: string;
  prenom: string;
  dateNaissance: string;
}

/**
 * Port vers le portefeuille de contrats de l'OPCO : contrats en cours à une date encadrés par un
 * maître (hors contrat contrôlé), dont ceux prolongés après un échec à l'examen.
 *
 * @example
 * ```ts
 * const portefeuille: PortPortefeuilleContrats = {
 *   async apprentisEncadres(maitre, date) { return maBase.compter(maitre, date); },
 * };
 * ```
 */
export interface PortPortefeuilleContrats {
  apprentisEncadres(maitre: MaitreRecherche, date: string): Promise<{ total: number; prolongesApresEchec: number }>;
}

/**
 * Ports de la règle du nombre d'apprentis par maître.
 *
 * @example
 * ```ts
 * const ports: PortsPortefeuille = { portefeuille };
 * ```
 */
export interface PortsPortefeuille {
  portefeuille: PortPortefeuilleContrats;
}

/**
 * Nombre maximal d'apprentis par maître (R6223-6, à vérifier ; R-MA-NB) : 2 apprentis, plus 1
 * dont la formation est prolongée après un échec à l'examen, comptés sur les contrats de
 * l'employeur (SIREN) en cours au début d'exécution, contrat contrôlé compris. Règle asynchrone
 * côté OPCO (port `portefeuille`) ; avertissement. Paramètre lu à la date de début d'exécution.
 *
 * @example
 * ```ts
 * await evaluerReglesAsync([regleNombreApprentisParMaitre], contrat, { dateEvaluation: "2026-11-26", ports: { portefeuille } });
 * ```
 */
export const regleNombreApprentisParMaitre: RegleAsynchrone<ContratAControler, PortsPortefeuille> = regleParConsultations<ContratAControler, PortsPortefeuille>({
  nature: "asynchrone",
  ports: ["portefeuille"],
  id: "maitre.nombreApprentis.maximum",
  ecartReference: "non contrôlé par l'application de référence.",
  titre: "Nombre d'apprentis par maître",
  description: "Un maître d'apprentissage n'encadre pas plus de 2 apprentis à la fois, plus un apprenti dont la formation est prolongée après un échec à l'examen.",
  severite: "avertissement",
  references: [articleCodeTravail("R6223-6"), documentationControle("maitres", "R-MA-NB")],
  parametres: [nombreMaximumApprentisParMaitre.id],
  chemins: ["employeur.siret", "maitre1.nom", "maitre1.prenom", "maitre1.dateNaissance", "maitre2.nom", "maitre2.prenom", "maitre2.dateNaissance", DEBUT, "contrat.typeContratApp"],
  idSpecification: ["R-MA-NB"],
  *etapes(contrat, contexte) {
    const l = new Lecture(contrat);
    const siret = l.texte("employeur.siret");
    const debut = l.date(DEBUT);
    if (siret === undefined || debut === undefined) return [l.indetermine()];
    const maximum = contexte.parametre(nombreMaximumApprentisParMaitre, debut);
    if (maximum === undefined) return [{ statut: "indetermine", message: "Nombre maximal légal d'apprentis par maître inconnu.", details: {} }];
    const prolonge = l.texte("contrat.typeContratApp") === "33";
    const constats: ConstatRegle[] = [];
    for (const maitre of MAITRES) {
      if (!maitreRenseigne(l, maitre)) continue;
      const nom = l.texte(`${maitre}.nom`);
      const prenom = l.texte(`${maitre}.prenom`);
      const dateNaissance = l.date(`${maitre}.dateNaissance`);
      if (nom === undefined || prenom === undefined || dateNaissance === undefined) continue;
      const { total, prolongesApresEchec } = yield* consulter<{ total: number; prolongesApresEchec: number }>("portefeuille", "apprentisEncadres", { siren: siret.slice(0, 9), nom, prenom, dateNaissance }, debut);
      const ordinaires = total - prolongesApresEchec + (prolonge ? 0 : 1);
      const prolonges = prolongesApresEchec + (prolonge ? 1 : 0);
      if (ordinaires > maximum.apprentis || prolonges > maximum.apprentisSupplementairesRedoublants) {
        constats.push({
          statut: "non_conforme",
          chemins: [`${maitre}.nom`, `${maitre}.prenom`, `${maitre}.dateNaissance`],
          message: `Le maître d'apprentissage encadre déjà ${total} apprenti(s) : avec ce contrat, la limite de ${maximum.apprentis} apprentis (plus ${maximum.apprentisSupplementairesRedoublants} après échec à l'examen) est dépassée.`,
          details: { maitre, dejaEncadres: total, prolongesApresEchec, maximum: maximum.apprentis },
        });
      }
    }
    if (constats.length === 0 && l.manquants().length > 0) return [l.indetermine()];
    return constats;
  },
});

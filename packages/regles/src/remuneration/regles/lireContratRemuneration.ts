import type { ContratAControler } from "../../ContratAControler";
import { Lecture } from "../../Lecture";
import { memoriserPendantEvaluation } from "../../moteur/memoriserPendantEvaluation";
import type { ConstatRegle } from "../../Regle";
import type { EntreeRemuneration } from "../EntreeRemuneration";
import { dureeContratMois } from "../../dates/dureeContratMois";
import type { ContratRemuneration, LigneDeclaree, ReductionDuree } from "./ContratRemuneration";

const LIGNES = "contrat.remunerationsAnnuelles";

/** Niveau (nomenclature 2019) d'un code diplôme du CERFA : son premier chiffre (« 33 » → 3, « 58 » → 5). */
function niveauDiplome(code: string | undefined): number | undefined {
  if (code === undefined || !/^[3-8]\d$/.test(code)) return undefined;
  return Number(code[0]);
}

/**
 * Lit dans un contrat (enregistrement de `@communs-opco/schemas`) les données des règles de
 * rémunération : date de naissance, dates du contrat, date de signature, département de
 * l'employeur, SMC, employeur public, niveau du diplôme préparé et lignes déclarées. Renvoie un
 * constat `indetermine` nommant les champs manquants quand le calcul légal est impossible.
 *
 * @example
 * ```ts
 * const lu = lireContratRemuneration(contrat);
 * if ("statut" in lu) return [lu]; // indéterminé
 * lu.entree.dateDebutContrat;
 * ```
 */
export function lireContratRemuneration(contrat: ContratAControler): ContratRemuneration | ConstatRegle {
  // Lu une fois par évaluation (six appels par contrat) ; un constat est copié pour que chaque
  // règle ait le sien.
  if (typeof contrat !== "object" || contrat === null) return lire(contrat);
  const lu = memoriserPendantEvaluation(contrat, "remuneration.lecture", () => lire(contrat));
  return "statut" in lu ? copierConstat(lu) : lu;
}

/** Copie d'un constat de lecture (listes et détails compris). */
function copierConstat(c: ConstatRegle): ConstatRegle {
  const copie: ConstatRegle = { ...c };
  if (c.manquants !== undefined) copie.manquants = [...c.manquants];
  if (c.chemins !== undefined) copie.chemins = [...c.chemins];
  if (c.details !== undefined) {
    copie.details = Object.fromEntries(Object.entries(c.details).map(([k, v]) => [k, Array.isArray(v) ? [...(v as unknown[])] : v]));
  }
  return copie;
}

function lire(contrat: ContratAControler): ContratRemuneration | ConstatRegle {
  const l = new Lecture(contrat);
  const dateNaissance = l.date("apprenti.dateNaissance");
  const dateDebutContrat = l.date("contrat.dateDebutContrat");
  const dateFinContrat = l.date("contrat.dateFinContrat");
  if (dateNaissance === undefined || dateDebutContrat === undefined || dateFinContrat === undefined) return l.indetermine();

  const facultatif = new Lecture(contrat);
  const entree: EntreeRemuneration = { dateNaissance, dateDebutContrat, dateFinContrat };
  const signature = facultatif.date("contrat.dateSignature");
  if (signature !== undefined) entree.dateConclusion = signature;
  const departement = facultatif.texte("employeur.adresse.departement");
  const codePostal = facultatif.texte("employeur.adresse.codePostal");
  const dep = departement ?? (codePostal === undefined ? undefined : codePostal.startsWith("97") ? codePostal.slice(0, 3) : codePostal.slice(0, 2));
  if (dep !== undefined) entree.departement = dep;
  const smc = facultatif.nombre("contrat.smc");
  if (smc !== undefined && smc > 0) entree.smc = smc;
  const privePublic = facultatif.brut("employeur.privePublic");
  const typeEmployeur = facultatif.texte("employeur.typeEmployeur");
  if (privePublic === "public" || privePublic === true || (typeEmployeur !== undefined && /^2\d$/.test(typeEmployeur))) {
    entree.employeurPublic = true;
    const niveau = niveauDiplome(facultatif.texte("formation.typeDiplome") ?? facultatif.texte("apprenti.diplomePrepare"));
    if (niveau !== undefined) entree.niveauDiplomePrepare = niveau;
    const majoration = facultatif.nombre("contrat.remunerationMajoration");
    if (majoration !== undefined && majoration > 0) entree.majorationPubliqueDeclaree = majoration;
  }
  if (facultatif.brut("apprenti.handicap") === true || facultatif.texte("contrat.typeContratApp") === "34") entree.rqth = true;

  const brutes = facultatif.brut(LIGNES);
  const lignes: LigneDeclaree[] = [];
  const incompletes: string[] = [];
  if (Array.isArray(brutes)) {
    brutes.forEach((_brute, index) => {
      const chemin = `${LIGNES}.${index}`;
      const lecture = new Lecture(contrat);
      const dateDebut = lecture.date(`${chemin}.dateDebut`);
      const dateFin = lecture.date(`${chemin}.dateFin`);
      const taux = lecture.nombre(`${chemin}.taux`);
      if (dateDebut === undefined || dateFin === undefined || taux === undefined) {
        incompletes.push(chemin);
        return;
      }
      const ligne: LigneDeclaree = { index, chemin, dateDebut, dateFin, taux };
      const ordre = lecture.texte(`${chemin}.ordre`);
      if (ordre !== undefined) ligne.ordre = ordre;
      const type = lecture.texte(`${chemin}.typeSalaire`)?.toUpperCase();
      if (type === "SMIC" || type === "SMC") ligne.typeSalaire = type;
      lignes.push(ligne);
    });
  }
  lignes.sort((a, b) => (a.dateDebut < b.dateDebut ? -1 : a.dateDebut > b.dateDebut ? 1 : a.index - b.index));

  const typeContrat = facultatif.texte("contrat.typeContratApp");
  const derogation = facultatif.texte("contrat.typeDerogation");
  const derogationDuree = derogation === "21" || derogation === "50";
  const lu: ContratRemuneration = {
    entree,
    lignes,
    incompletes,
    successif: typeContrat === "21" || typeContrat === "22" || typeContrat === "23",
    derogationDuree,
  };
  if (derogationDuree) {
    lu.reduction = reductionDuree(facultatif, dateDebutContrat, dateFinContrat);
    if (lu.reduction.statut === "deduite") entree.dureeCycleFormationMois = lu.reduction.cycleMois;
  }
  const salaireEmbauche = facultatif.nombre("contrat.salaireEmbauche");
  if (salaireEmbauche !== undefined) lu.salaireEmbauche = salaireEmbauche;
  return lu;
}

/**
 * Durée réduite (D6222-28-1) d'un contrat avec dérogation de durée : la durée de la formation
 * (`formation.dateDebutFormation` → `formation.dateFinFormation`, dernier jour inclus) comparée à
 * celle du contrat ; l'apprenti est réputé avoir accompli la différence. Sans dates de formation,
 * ou quand la formation n'est pas plus longue que le contrat (la durée normale du cycle du
 * diplôme serait alors nécessaire), l'année de départ est indéterminée.
 */
function reductionDuree(l: Lecture, debutContrat: string, finContrat: string): ReductionDuree {
  const debutFormation = l.date("formation.dateDebutFormation");
  const finFormation = l.date("formation.dateFinFormation");
  if (debutFormation === undefined || finFormation === undefined || finFormation < debutFormation) {
    return {
      statut: "indeterminee",
      raison: "les dates de la formation sont absentes ou incohérentes : la durée du cycle de formation n'est pas connue",
      manquants: ["formation.dateDebutFormation", "formation.dateFinFormation"],
    };
  }
  const cycleMois = dureeContratMois(debutFormation, finFormation);
  const contratMois = dureeContratMois(debutContrat, finContrat);
  if (cycleMois > contratMois) return { statut: "deduite", cycleMois, contratMois, moisReputesAccomplis: cycleMois - contratMois };
  return {
    statut: "indeterminee",
    raison: `la formation (${cycleMois} mois) n'est pas plus longue que le contrat (${contratMois} mois) : la durée normale du cycle du diplôme préparé est nécessaire pour situer l'année d'exécution de départ`,
    manquants: [],
  };
}

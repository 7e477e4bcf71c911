import { decomposerNir, type NirDecompose } from "@communs-opco/identifiants";
import type { ContratAControler } from "../ContratAControler";
import { accesseurChemin } from "../compile/accesseurChemin";
import { MemoireBornee } from "../compile/MemoireBornee";
import { texteLu } from "../compile/texteLu";
import type { VueContrat } from "../compile/VueContrat";
import { estDateIso } from "../dates/estDateIso";
import { Lecture } from "../Lecture";
import type { ConstatRegle, RegleSynchrone } from "../Regle";
import { documentationControle, noticeCerfa } from "./referencesJuridiques";

const NIR = "apprenti.nir";

const lireNir = accesseurChemin(NIR);
/** NIR de l'apprenti, propre à chaque contrat mais lu par huit règles à la suite : seul le dernier est retenu. */
const nirsDecomposes = new MemoireBornee<NirDecompose | null>(0);

function nirApprenti(contrat: ContratAControler): NirDecompose | null {
  const v = lireNir(contrat);
  return typeof v === "string" ? nirsDecomposes.obtenir(v, decomposerNir) : null;
}

/** Les règles de cohérence ne s'appliquent qu'à un NIR valide (le format est contrôlé à part). */

/** NIR de l'apprenti décomposé pour les gardes, retenu pour l'exécution (même décomposition que les constats). */
function nirVue(vue: VueContrat): NirDecompose | null {
  const v = lireNir(vue.contrat);
  return typeof v === "string" ? nirsDecomposes.obtenir(v, decomposerNir) : null;
}

const valeurDepartement = accesseurChemin("apprenti.departementNaissance");

/** Département déclaré sans le zéro initial des formes `0XX` et `02A`/`02B`. */
function departementSansZero(declare: string): string {
  return /^0\d\d$/.test(declare) || /^02[AB]$/.test(declare) ? declare.slice(1) : declare;
}

/** Applicable à un NIR valide, lu sur le contrat ou sur la vue (même décomposition retenue). */
const siNirValide = {
  applicable: (contrat: ContratAControler) => nirApprenti(contrat) !== null,
  applicableVue: (vue: VueContrat) => nirVue(vue) !== null,
};

/**
 * Règle bloquante de cohérence entre un champ de l'apprenti et ce que code le NIR (R-NIR-SEXE,
 * R-NIR-AN, R-NIR-MOIS) : `champ` est lu comme texte ou comme date `AAAA-MM-JJ` valide ; la règle
 * est indéterminée quand il manque ou est invalide.
 */
function regleCoherenceNir(definition: {
  id: string;
  ecartReference?: string;
  titre: string;
  description: string;
  idSpecification: string;
  champ: string;
  lecture: "texte" | "date";
  comparer(nir: NirDecompose, valeur: string): ConstatRegle[];
}): RegleSynchrone<ContratAControler> {
  const { idSpecification, champ, lecture, comparer, ...meta } = definition;
  const lireChamp = accesseurChemin(champ);
  return {
    nature: "synchrone",
    ...meta,
    severite: "bloquant",
    references: [noticeCerfa("rubrique « L'apprenti » : NIR, sexe et naissance"), documentationControle("identifiants", idSpecification)],
    parametres: [],
    chemins: [NIR, champ],
    idSpecification: [idSpecification],
    ...siNirValide,
    garde(vue) {
      const nir = nirVue(vue);
      const brut = lireChamp(vue.contrat);
      const valeur = lecture === "date" ? (estDateIso(brut) ? brut : undefined) : texteLu(brut);
      return nir !== null && valeur !== undefined && comparer(nir, valeur).length === 0;
    },
    evaluer(contrat) {
      const nir = nirApprenti(contrat);
      const l = new Lecture(contrat);
      const valeur = lecture === "date" ? l.date(champ) : l.texte(champ);
      if (nir === null || valeur === undefined) return [l.indetermine()];
      return comparer(nir, valeur);
    },
  };
}

/**
 * Le sexe déclaré correspond au premier chiffre du NIR : impair (1, 3, 7) pour `M`, pair (2, 4, 8)
 * pour `F` (R-NIR-SEXE ; l'application de référence ne connaît que 1 et 2).
 *
 * @example
 * ```ts
 * evaluerRegles([regleNirSexe], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleNirSexe: RegleSynchrone<ContratAControler> = regleCoherenceNir({
  id: "apprenti.nir.sexe",
  ecartReference: "l'application de référence ne compare qu'aux chiffres 1 et 2.",
  titre: "NIR et sexe de l'apprenti",
  description: "Le premier chiffre du NIR est impair (1, 3, 7) pour un homme et pair (2, 4, 8) pour une femme, numéros provisoires compris.",
  idSpecification: "R-NIR-SEXE",
  champ: "apprenti.sexe",
  lecture: "texte",
  comparer(nir, sexe) {
    if (sexe.toUpperCase() === nir.sexe) return [];
    return [{ statut: "non_conforme", message: "Le sexe renseigné ne correspond pas au 1er chiffre du NIR.", details: { sexeDeclare: sexe, sexeNir: nir.sexe } }];
  },
});

/**
 * Les 2e et 3e chiffres du NIR sont les deux derniers chiffres de l'année de naissance (R-NIR-AN).
 *
 * @example
 * ```ts
 * evaluerRegles([regleNirAnneeNaissance], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleNirAnneeNaissance: RegleSynchrone<ContratAControler> = regleCoherenceNir({
  id: "apprenti.nir.anneeNaissance",
  titre: "NIR et année de naissance de l'apprenti",
  description: "Les 2e et 3e chiffres du NIR sont égaux aux deux derniers chiffres de l'année de naissance.",
  idSpecification: "R-NIR-AN",
  champ: "apprenti.dateNaissance",
  lecture: "date",
  comparer(nir, naissance) {
    if (naissance.slice(2, 4) === nir.anneeNaissance) return [];
    return [{ statut: "non_conforme", message: "L'année de naissance indiquée ne correspond pas aux 2e et 3e chiffres du NIR.", details: {} }];
  },
});

/**
 * Les 4e et 5e chiffres du NIR sont le mois de naissance ; les codes 20 à 42 et 50 à 99 (mois
 * inconnu ou fictif) ne se comparent pas et donnent une information (R-NIR-MOIS).
 *
 * @example
 * ```ts
 * evaluerRegles([regleNirMoisNaissance], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleNirMoisNaissance: RegleSynchrone<ContratAControler> = regleCoherenceNir({
  id: "apprenti.nir.moisNaissance",
  titre: "NIR et mois de naissance de l'apprenti",
  description: "Les 4e et 5e chiffres du NIR sont égaux au mois de naissance ; un code de mois inconnu ou fictif (20 à 42, 50 à 99) ne permet pas la comparaison.",
  idSpecification: "R-NIR-MOIS",
  champ: "apprenti.dateNaissance",
  lecture: "date",
  comparer(nir, naissance) {
    if (!nir.moisConnu) {
      return [{ statut: "indetermine", severite: "information", message: "Le NIR porte un code de mois inconnu ou fictif : le mois de naissance n'est pas comparé.", details: {} }];
    }
    if (naissance.slice(5, 7) === nir.moisNaissance) return [];
    return [{ statut: "non_conforme", message: "Le mois de naissance indiqué ne correspond pas aux 4e et 5e chiffres du NIR.", details: {} }];
  },
});

/**
 * Le lieu de naissance codé dans le NIR correspond au département de naissance déclaré
 * (R-NIR-DEP) : en métropole les caractères 6–7 (2A/2B en Corse ; « 20 » accepté pour une
 * naissance en Corse avant 1976), outre-mer les caractères 6–8 (971 à 976), à l'étranger « 99 ».
 * L'application de référence compare les caractères 6–7 au département entier et rejette toutes
 * les naissances outre-mer.
 *
 * @example
 * ```ts
 * evaluerRegles([regleNirDepartementNaissance], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleNirDepartementNaissance: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "apprenti.nir.departementNaissance",
  ecartReference: "l'application de référence compare les caractères 6–7 au département entier : toute naissance outre-mer est rejetée.",
  titre: "NIR et département de naissance de l'apprenti",
  description:
    "Le département de naissance codé dans le NIR (2 caractères en métropole, 2A/2B en Corse, 3 chiffres outre-mer, 99 à l'étranger) est celui déclaré ; « 20 » est admis pour une naissance en Corse avant 1976.",
  severite: "bloquant",
  references: [noticeCerfa("rubrique « L'apprenti » : NIR, sexe et naissance"), documentationControle("identifiants", "R-NIR-DEP")],
  parametres: [],
  chemins: [NIR, "apprenti.departementNaissance", "apprenti.dateNaissance"],
  idSpecification: ["R-NIR-DEP"],
  ...siNirValide,
  garde(vue) {
    const nir = nirVue(vue);
    const declare = texteLu(valeurDepartement(vue.contrat))?.toUpperCase();
    return nir !== null && declare !== undefined && departementSansZero(declare) === nir.departementNaissance;
  },
  evaluer(contrat) {
    const nir = nirApprenti(contrat);
    const l = new Lecture(contrat);
    const declare = l.texte("apprenti.departementNaissance")?.toUpperCase();
    if (nir === null || declare === undefined) return [l.indetermine()];
    const departementDeclare = departementSansZero(declare);
    const codeNir = nir.departementNaissance;
    if (codeNir === departementDeclare) return [];
    if (codeNir === "20" && (departementDeclare === "2A" || departementDeclare === "2B")) {
      const naissance = l.date("apprenti.dateNaissance");
      if (naissance === undefined) return [l.indetermine()];
      if (naissance < "1976-01-01") return [];
    }
    if (codeNir.startsWith("98")) {
      const c: ConstatRegle = {
        statut: "indetermine",
        severite: "information",
        message: "Le NIR indique une naissance dans une collectivité d'outre-mer (98x), sans code correspondant sur le CERFA : vérifier le département de naissance.",
        details: {},
      };
      return [c];
    }
    return [
      {
        statut: "non_conforme",
        message: "Le département de naissance renseigné ne correspond pas au lieu de naissance codé dans le NIR.",
        details: { lieuNaissanceNir: nir.lieuNaissance },
      },
    ];
  },
};

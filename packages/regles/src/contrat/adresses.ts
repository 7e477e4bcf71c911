import { verifierCodePostal } from "@communs-opco/identifiants";
import type { ContratAControler } from "../ContratAControler";
import { communesDuCodePostal } from "../donnees/communesDuCodePostal";
import { nomCommuneNormalise } from "../donnees/nomCommuneNormalise";
import { accesseurChemin } from "../compile/accesseurChemin";
import { MemoireBornee } from "../compile/MemoireBornee";
import { texteLu } from "../compile/texteLu";
import { estRenseigne, Lecture } from "../Lecture";
import type { ConstatRegle, RegleSynchrone } from "../Regle";
import { documentationControle } from "./referencesJuridiques";
import { siRenseigne } from "../compile/applicabiliteChamp";

/** Adresses du contrat. */
const ADRESSES = [
  "employeur.adresse",
  "apprenti.adresse",
  "apprenti.responsableLegal.adresse",
  "organismeFormation.adresse",
  "etablissementFormation.adresse",
] as const;

/** Adresses de personnes (données personnelles) : leurs valeurs ne sont jamais recopiées dans les constats. */
const ADRESSES_PERSONNELLES = new Set(["apprenti.adresse", "apprenti.responsableLegal.adresse"]);

const SOURCE = { titre: "Code officiel géographique (INSEE) et base officielle des codes postaux (La Poste), paquet @etalab/decoupage-administratif" };

/** Adresse située hors de France (pays renseigné et différent de FR) : pas de contrôle de code postal. */
function horsFrance(l: Lecture, adresse: string): boolean {
  const pays = l.brut(`${adresse}.pays`);
  return typeof pays === "string" && pays.trim() !== "" && pays.trim().toUpperCase() !== "FR";
}

const communesNormalisees = new Map<string, Set<string>>();
/** Noms normalisés des communes d'un code postal connu (calculés une fois par code postal). */
function nomsNormalises(cp: string, communes: readonly string[]): Set<string> {
  let noms = communesNormalisees.get(cp);
  if (noms === undefined) {
    noms = new Set(communes.map(nomCommuneNormalise));
    communesNormalisees.set(cp, noms);
  }
  return noms;
}

/**
 * Chaque code postal renseigné comporte 5 chiffres et existe dans la base des codes postaux
 * embarquée (R-CP) : employeur, apprenti, représentant légal, CFA et lieu de formation. Les codes
 * CEDEX, absents de la base, sont signalés comme introuvables.
 *
 * @example
 * ```ts
 * evaluerRegles([regleCodePostalConnu], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
/**
 * Cohérences (code postal → communes) déjà établies pendant l'exécution, bornées en mémoire : une
 * table par code postal, sans clé composée à construire pour chaque adresse de chaque contrat.
 */
const couplesCoherents = new Map<string, Set<string>>();
let nombreCouples = 0;
const COUPLES_MAX = 50_000;

/** La commune figure parmi celles du code postal (même test que la règle, mémorisé quand il réussit). */
function communeCoherente(cp: string, commune: string): boolean {
  if (couplesCoherents.get(cp)?.has(commune) === true) return true;
  const connues = communesDuCodePostal(cp);
  if (connues !== undefined && !nomsNormalises(cp, connues.communes).has(nomCommuneNormalise(commune))) return false;
  if (nombreCouples >= COUPLES_MAX) {
    couplesCoherents.clear();
    nombreCouples = 0;
  }
  let communes = couplesCoherents.get(cp);
  if (communes === undefined) {
    communes = new Set();
    couplesCoherents.set(cp, communes);
  }
  communes.add(commune);
  nombreCouples++;
  return true;
}

/** Adresses compilées pour les gardes : lecture du bloc par un accesseur fixe, une fois par adresse. */
const adressesCompilees = ADRESSES.map((adresse) => ({ adresse, lire: accesseurChemin(adresse) }));

/** Garde : même critère que `horsFrance`, sur le bloc adresse déjà lu. */
function blocHorsFrance(bloc: Record<string, unknown>): boolean {
  const pays = bloc.pays;
  return typeof pays === "string" && pays.trim() !== "" && pays.trim().toUpperCase() !== "FR";
}

/** Bloc adresse lu comme objet (les chemins `….codePostal` d'un non-objet sont absents). */
function blocAdresse(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === "object" ? (v as Record<string, unknown>) : undefined;
}

const codesPostauxConnus = new MemoireBornee<boolean>();
const lireCodePostalEmployeur = accesseurChemin("employeur.adresse.codePostal");
const lireDepartementEmployeur = accesseurChemin("employeur.adresse.departement");

/** Le code postal a 5 chiffres et figure dans la base officielle (même critère que les constats). */
function codePostalConnu(cp: string): boolean {
  return verifierCodePostal(cp).valide && communesDuCodePostal(cp) !== undefined;
}

/**
 * Département (forme `0XX` ou `02A` ramenée à `XX`, `2A`) parmi ceux du code postal (même critère que
 * les constats). Lu directement : une recherche dans l'index des codes postaux coûte moins qu'une
 * mémoire sur une clé composée (chaîne assemblée puis hachée à chaque contrat).
 */
function departementDuCodePostal(cp: string, departement: string): boolean {
  const connues = communesDuCodePostal(cp);
  const dep = /^0\d\d$|^02[AB]$/.test(departement) ? departement.slice(1) : departement;
  return connues !== undefined && connues.departements.includes(dep);
}

export const regleCodePostalConnu: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "adresses.codePostal.existence",
  titre: "Codes postaux existants",
  description: "Chaque code postal renseigné comporte 5 chiffres et existe dans la base officielle des codes postaux (adresses en France).",
  severite: "bloquant",
  references: [documentationControle("identifiants", "R-CP"), SOURCE],
  parametres: [],
  chemins: ADRESSES.map((a) => `${a}.codePostal`),
  idSpecification: ["R-CP"],
  garde(v) {
    for (const { lire } of adressesCompilees) {
      const bloc = blocAdresse(lire(v.contrat));
      const brut = bloc?.codePostal;
      if (bloc === undefined || !estRenseigne(brut) || blocHorsFrance(bloc)) continue;
      if (typeof brut !== "string" && typeof brut !== "number") return false;
      if (!codesPostauxConnus.obtenir(String(brut), codePostalConnu)) return false;
    }
    return true;
  },
  evaluer(contrat) {
    const l = new Lecture(contrat);
    const constats: ConstatRegle[] = [];
    for (const adresse of ADRESSES) {
      const chemin = `${adresse}.codePostal`;
      if (!l.renseigne(chemin) || horsFrance(l, adresse)) continue;
      const brut = l.brut(chemin);
      const cp = typeof brut === "string" || typeof brut === "number" ? String(brut) : "";
      const personnelle = ADRESSES_PERSONNELLES.has(adresse);
      const details = personnelle ? {} : { codePostal: cp };
      if (!verifierCodePostal(cp).valide) {
        constats.push({ statut: "non_conforme", chemins: [chemin], message: `Le code postal (${chemin}) doit comporter 5 chiffres.`, details });
      } else if (communesDuCodePostal(cp) === undefined) {
        constats.push({ statut: "non_conforme", chemins: [chemin], message: `Le code postal${personnelle ? "" : ` ${cp}`} (${chemin}) est introuvable.`, details });
      }
    }
    return constats;
  },
};

/**
 * La commune de chaque adresse est l'une des communes desservies par son code postal (noms
 * comparés sans accents, ponctuation, « ST »/« SAINT », CEDEX ni arrondissement). Avertissement :
 * une graphie différente (lieu-dit, ancienne commune) peut rester légitime. Les adresses de
 * l'apprenti et du représentant légal ne sont pas recopiées dans le constat (données personnelles).
 *
 * @example
 * ```ts
 * evaluerRegles([regleCommuneCodePostal], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleCommuneCodePostal: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "adresses.commune.coherence",
  titre: "Commune cohérente avec le code postal",
  description: "La commune de chaque adresse en France figure parmi les communes desservies par son code postal.",
  severite: "avertissement",
  references: [documentationControle("identifiants", "R-CP", "le code postal remplit la commune"), SOURCE],
  parametres: [],
  chemins: ADRESSES.flatMap((a) => [`${a}.codePostal`, `${a}.commune`]),
  idSpecification: ["R-CP"],
  garde(v) {
    for (const { lire } of adressesCompilees) {
      const bloc = blocAdresse(lire(v.contrat));
      const cp = bloc?.codePostal;
      const commune = bloc?.commune;
      if (bloc === undefined || typeof cp !== "string" || typeof commune !== "string" || commune.trim() === "" || blocHorsFrance(bloc)) continue;
      if (!communeCoherente(cp, commune)) return false;
    }
    return true;
  },
  evaluer(contrat) {
    const l = new Lecture(contrat);
    const constats: ConstatRegle[] = [];
    for (const adresse of ADRESSES) {
      const cp = l.brut(`${adresse}.codePostal`);
      const commune = l.brut(`${adresse}.commune`);
      if (typeof cp !== "string" || typeof commune !== "string" || commune.trim() === "" || horsFrance(l, adresse)) continue;
      const connues = communesDuCodePostal(cp);
      if (connues === undefined) continue;
      if (nomsNormalises(cp, connues.communes).has(nomCommuneNormalise(commune))) continue;
      const chemins = [`${adresse}.codePostal`, `${adresse}.commune`];
      if (ADRESSES_PERSONNELLES.has(adresse)) {
        constats.push({ statut: "non_conforme", chemins, message: `La commune (${adresse}.commune) ne correspond pas au code postal de la même adresse.`, details: {} });
      } else {
        constats.push({
          statut: "non_conforme",
          chemins,
          message: `La commune « ${commune} » ne correspond pas au code postal ${cp} (communes desservies : ${connues.communes.slice(0, 5).join(", ")}${connues.communes.length > 5 ? "…" : ""}).`,
          details: { codePostal: cp, commune, communesConnues: connues.communes },
        });
      }
    }
    return constats;
  },
};

/**
 * Le département de l'employeur est celui de son code postal. Il détermine le SMIC applicable
 * (Mayotte, 976) : une incohérence fausse le calcul de la rémunération.
 *
 * @example
 * ```ts
 * evaluerRegles([regleDepartementEmployeur], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleDepartementEmployeur: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "employeur.adresse.departement.coherence",
  titre: "Département de l'employeur cohérent avec le code postal",
  description: "Le département déclaré de l'employeur est celui de son code postal ; il choisit le SMIC applicable (métropole ou Mayotte).",
  severite: "bloquant",
  references: [documentationControle("saisie", "R-CP", "le code postal de l'employeur remplit le département, qui choisit le SMIC de Mayotte"), SOURCE],
  parametres: [],
  chemins: ["employeur.adresse.codePostal", "employeur.adresse.departement"],
  idSpecification: ["R-CP"],
  ...siRenseigne("employeur.adresse.departement"),
  garde(v) {
    const cp = texteLu(lireCodePostalEmployeur(v.contrat));
    const departement = texteLu(lireDepartementEmployeur(v.contrat))?.toUpperCase();
    return cp !== undefined && departement !== undefined && departementDuCodePostal(cp, departement);
  },
  evaluer(contrat) {
    const l = new Lecture(contrat);
    const cp = l.texte("employeur.adresse.codePostal");
    const departement = l.texte("employeur.adresse.departement")?.toUpperCase();
    if (cp === undefined || departement === undefined) return [l.indetermine()];
    const connues = communesDuCodePostal(cp);
    if (connues === undefined) return [{ statut: "indetermine", message: `Code postal ${cp} introuvable : le département ne peut pas être vérifié.`, manquants: ["employeur.adresse.codePostal"], details: {} }];
    const dep = /^0\d\d$|^02[AB]$/.test(departement) ? departement.slice(1) : departement;
    if (connues.departements.includes(dep)) return [];
    return [
      {
        statut: "non_conforme",
        message: `Le département de l'employeur (${departement}) ne correspond pas à son code postal ${cp} (${connues.departements.join(", ")}).`,
        details: { departement, departementsCodePostal: connues.departements },
      },
    ];
  },
};

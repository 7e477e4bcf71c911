import { dureeContratMois } from "../dates/dureeContratMois";
import { estDateIso } from "../dates/estDateIso";
import type { EntreeRemuneration } from "../remuneration/EntreeRemuneration";
import { joursDepuisEpoque } from "./joursDepuisEpoque";
import { remunerationMinimaleSurJours, type RemunerationMinimaleAuJour } from "./remunerationMinimaleAuJour";
import { texteLu } from "./texteLu";
import { trierParInsertion } from "./trierParInsertion";
import type { VueContrat } from "./VueContrat";

/** Ligne de rémunération déclarée complète, en numéros de jour (bornes incluses). */
interface LigneRemunerationVue {
  readonly debut: number;
  readonly fin: number;
  readonly taux: number;
  readonly typeSalaire: "SMIC" | "SMC" | undefined;
}

/**
 * Ce que les gardes des règles de rémunération lisent d'un contrat, lu **une fois par contrat** sur
 * la vue typée : la même lecture que `lireContratRemuneration` (mêmes champs, mêmes conversions :
 * texte rogné, nombre fini, date `AAAA-MM-JJ` existante), mais par accès directs aux champs, les
 * lignes en numéros de jour, et le minimum légal sur numéros de jour calculé au plus une fois.
 *
 * @example
 * ```ts
 * const lu = lireRemunerationVue(vue);
 * if (lu !== undefined && lu.lignes.length > 0) lu.lignes[0]?.taux;
 * ```
 */
export interface RemunerationVue {
  /** Entrée du calcul légal, champ pour champ celle de `lireContratRemuneration`. */
  readonly entree: EntreeRemuneration;
  /** Lignes déclarées complètes, triées par début (puis position). */
  readonly lignes: readonly LigneRemunerationVue[];
  /** Nombre de lignes déclarées incomplètes ou mal formées. */
  readonly incompletes: number;
  readonly salaireEmbauche: number | undefined;
  /** Dérogation de durée dont l'année de départ n'a pas pu être déduite des dates de formation. */
  readonly reductionIndeterminee: boolean;
  /** Minimum légal sur numéros de jour (`remunerationMinimaleAuJour`), calculé à la première demande. */
  minimale: RemunerationMinimaleAuJour | null | undefined;
  /** Date de conclusion de l'entrée (signature, à défaut début) en numéro de jour, lue sur la vue. */
  readonly conclusionJour: number;
}

/**
 * Lecture de rémunération d'un contrat pour les gardes, retenue sur la vue : `undefined` quand la
 * règle interprétée rendrait le constat « indéterminé » de lecture (date de naissance, de début ou
 * de fin absente ou invalide).
 *
 * @example
 * ```ts
 * const lu = lireRemunerationVue(vue);
 * if (lu === undefined) return false; // la règle explique
 * ```
 */
export function lireRemunerationVue(vue: VueContrat): RemunerationVue | undefined {
  let lu = vue.remuneration;
  if (lu === undefined) {
    lu = lire(vue) ?? null;
    vue.remuneration = lu;
  }
  return lu ?? undefined;
}

/**
 * Minimum légal sur numéros de jour de la lecture, calculé au plus une fois par contrat.
 *
 * @example
 * ```ts
 * const legale = minimaleVue(lu, vue);
 * if (legale === undefined) return false;
 * ```
 */
export function minimaleVue(lu: RemunerationVue, vue: VueContrat): RemunerationMinimaleAuJour | undefined {
  let m = lu.minimale;
  if (m === undefined) {
    // Dates de l'entrée déjà lues par la vue (mêmes textes) : pas de nouvelle lecture.
    m = remunerationMinimaleSurJours(lu.entree, vue, vue.naissanceApprenti, vue.debutContrat, vue.finContrat, lu.conclusionJour) ?? null;
    lu.minimale = m;
  }
  return m ?? undefined;
}

function objet(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === "object" ? (v as Record<string, unknown>) : undefined;
}

/** Nombre fini, comme `Lecture.nombre`. */
function nombre(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/** Date `AAAA-MM-JJ` existante, comme `Lecture.date`. */
function date(v: unknown): string | undefined {
  return estDateIso(v) ? v : undefined;
}

/** Ordre des lignes : par début, puis par position dans la saisie. */
const parDebut = (x: { debut: number; index: number }, y: { debut: number; index: number }): number => x.debut - y.debut || x.index - y.index;

function lire(vue: VueContrat): RemunerationVue | undefined {
  const racine = vue.contrat as Record<string, unknown>;
  const a = objet(racine.apprenti);
  const c = objet(racine.contrat);
  const e = objet(racine.employeur);
  // Dates lues par la vue typée sur les mêmes champs (`estDateIso` ⇔ numéro de jour non `NaN`).
  if (Number.isNaN(vue.naissanceApprenti) || Number.isNaN(vue.debutContrat) || Number.isNaN(vue.finContrat)) return undefined;
  const dateNaissance = a?.dateNaissance as string;
  const dateDebutContrat = c?.dateDebutContrat as string;
  const dateFinContrat = c?.dateFinContrat as string;

  const entree: EntreeRemuneration = { dateNaissance, dateDebutContrat, dateFinContrat };
  const signature = vue.signatureIso;
  if (signature !== undefined) entree.dateConclusion = signature;
  const adresse = objet(e?.adresse);
  const departement = texteLu(adresse?.departement);
  const codePostal = texteLu(adresse?.codePostal);
  const dep = departement ?? (codePostal === undefined ? undefined : codePostal.startsWith("97") ? codePostal.slice(0, 3) : codePostal.slice(0, 2));
  if (dep !== undefined) entree.departement = dep;
  const smc = nombre(c?.smc);
  if (smc !== undefined && smc > 0) entree.smc = smc;
  const privePublic = e?.privePublic;
  const typeEmployeur = texteLu(e?.typeEmployeur);
  if (privePublic === "public" || privePublic === true || (typeEmployeur !== undefined && /^2\d$/.test(typeEmployeur))) {
    entree.employeurPublic = true;
    const code = texteLu(objet(racine.formation)?.typeDiplome) ?? texteLu(a?.diplomePrepare);
    if (code !== undefined && /^[3-8]\d$/.test(code)) entree.niveauDiplomePrepare = Number(code[0]);
    const majoration = nombre(c?.remunerationMajoration);
    if (majoration !== undefined && majoration > 0) entree.majorationPubliqueDeclaree = majoration;
  }
  const typeContrat = texteLu(c?.typeContratApp);
  if (a?.handicap === true || typeContrat === "34") entree.rqth = true;

  const brutes = c?.remunerationsAnnuelles;
  const lignes: { debut: number; fin: number; taux: number; typeSalaire: "SMIC" | "SMC" | undefined; index: number }[] = [];
  let incompletes = 0;
  if (Array.isArray(brutes)) {
    for (let index = 0; index < brutes.length; index++) {
      if (!(index in brutes)) continue; // `forEach` de la lecture interprétée saute les trous
      const ligne = objet(brutes[index]);
      const debut = joursDepuisEpoque(ligne?.dateDebut);
      const fin = joursDepuisEpoque(ligne?.dateFin);
      const taux = nombre(ligne?.taux);
      if (Number.isNaN(debut) || Number.isNaN(fin) || taux === undefined) {
        incompletes++;
        continue;
      }
      const lu = texteLu(ligne?.typeSalaire);
      // Forme déjà en capitales (cas courant) : sans nouvelle chaîne.
      const type = lu === "SMIC" || lu === "SMC" ? lu : lu?.toUpperCase();
      lignes.push({ debut, fin, taux, typeSalaire: type === "SMIC" || type === "SMC" ? type : undefined, index });
    }
  }
  trierParInsertion(lignes, parDebut);

  const derogation = texteLu(c?.typeDerogation);
  let reductionIndeterminee = false;
  if (derogation === "21" || derogation === "50") {
    const f = objet(racine.formation);
    const debutFormation = date(f?.dateDebutFormation);
    const finFormation = date(f?.dateFinFormation);
    if (debutFormation === undefined || finFormation === undefined || finFormation < debutFormation) reductionIndeterminee = true;
    else {
      const cycleMois = dureeContratMois(debutFormation, finFormation);
      if (cycleMois > dureeContratMois(dateDebutContrat, dateFinContrat)) entree.dureeCycleFormationMois = cycleMois;
      else reductionIndeterminee = true;
    }
  }
  const conclusionJour = signature === undefined ? vue.debutContrat : vue.signature;
  return { entree, lignes, incompletes, salaireEmbauche: nombre(c?.salaireEmbauche), reductionIndeterminee, minimale: undefined, conclusionJour };
}

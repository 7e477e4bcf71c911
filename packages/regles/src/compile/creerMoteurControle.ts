import { estContratStandard, lireContrat, type ResultatLireContrat } from "@communs-opco/schemas";
import type { ContexteEvaluation } from "../ContexteEvaluation";
import type { ContratAControler } from "../ContratAControler";
import type { RegleSynchrone } from "../Regle";
import type { RegistreRegles } from "../RegistreRegles";
import type { Explication, Resultat } from "../Resultat";
import { assemblerResultat } from "../moteur/assemblerResultat";
import { evaluerRegleSynchrone } from "../moteur/evaluerRegleSynchrone";
import { avecMemoireEvaluation } from "../moteur/memoriserPendantEvaluation";
import { registreContrat } from "../registreContrat";
import { creerVueContrat, type VueContrat } from "./VueContrat";
import { joursDepuisEpoque } from "./joursDepuisEpoque";
import { ParametresExecution } from "./ParametresExecution";

/**
 * Moteur de contrôle compilé pour une exécution (une date d'évaluation, un registre) : voir
 * {@link creerMoteurControle}.
 */
export interface MoteurControle {
  /**
   * Lit un enregistrement (valeur JSON) par le chemin rapide : validateur compilé au build puis vue
   * typée construite une fois ; hors standard, repli sur `lireContrat` (normalisation tolérante,
   * messages en français). Le résultat est celui de `lireContrat`, plus la vue quand la lecture
   * réussit, à passer à `evaluer`.
   */
  lire(valeur: unknown): LectureControle;
  /**
   * Évalue toutes les règles synchrones du registre sur un contrat ; résultat identique, octet pour
   * octet, à `evaluerRegles(registre, contrat, contexte)`. La vue, si elle est fournie, doit être
   * celle que `lire` a construite pour ce contrat.
   */
  evaluer(contrat: ContratAControler, vue?: VueContrat): Resultat;
}

/**
 * Lecture d'un enregistrement par le moteur compilé : le résultat de `lireContrat` (même contrat à
 * l'ordre des clés près, mêmes avertissements, mêmes erreurs), plus la vue typée du contrat lu.
 *
 * @example
 * ```ts
 * const lu = moteur.lire(JSON.parse(ligne));
 * if (lu.ok) moteur.evaluer(lu.contrat, lu.vue);
 * ```
 */
export type LectureControle = (Extract<ResultatLireContrat, { ok: true }> & { readonly vue: VueContrat }) | Extract<ResultatLireContrat, { ok: false }>;

/**
 * Une règle synchrone compilée pour l'exécution. `verdict` dit, sans rien allouer, ce que la garde
 * décide : `CONFORME`, `NON_APPLICABLE`, ou `A_EXPLIQUER` (la règle interprétée produit alors le constat).
 */
interface RegleCompilee {
  readonly regle: RegleSynchrone<ContratAControler>;
  /** Règle sans garde (ou mode explication) : toujours interprétée. */
  readonly interpretee: boolean;
  /** Règle de saisie évaluée en revalidation : non applicable pour toute l'exécution. */
  readonly jamaisApplicable: boolean;
  /**
   * Fonctions de la règle recopiées à la compilation : lues sur des objets de même forme, ces
   * lectures restent monomorphes (sur les règles elles-mêmes, de formes toutes différentes, chaque
   * lecture passerait par le cache mégamorphe, trois fois par règle et par contrat).
   */
  readonly applicableVue: ((vue: VueContrat) => boolean) | undefined;
  readonly applicable: ((contrat: ContratAControler, contexte: ContexteEvaluation) => boolean) | undefined;
  readonly garde: ((vue: VueContrat) => boolean) | undefined;
}

const CONFORME = 0;
const NON_APPLICABLE = 1;
const A_EXPLIQUER = 2;

/** Verdict de la garde d'une règle sur un contrat ; une exception de la garde ou de l'applicabilité laisse la règle expliquer. */
function verdict(r: RegleCompilee, contrat: ContratAControler, vue: VueContrat, contexte: ContexteEvaluation): number {
  if (r.interpretee) return A_EXPLIQUER;
  if (r.jamaisApplicable) return NON_APPLICABLE;
  const regle = r.regle;
  const applicableVue = r.applicableVue;
  const applicable = r.applicable;
  try {
    // Appelées avec la règle pour `this`, comme `regle.garde(vue)`.
    if (applicableVue !== undefined ? !applicableVue.call(regle, vue) : applicable !== undefined && !applicable.call(regle, contrat, contexte)) return NON_APPLICABLE;
    return (r.garde as (vue: VueContrat) => boolean).call(regle, vue) ? CONFORME : A_EXPLIQUER;
  } catch {
    return A_EXPLIQUER; // la règle interprétée produit le constat (erreur interne comprise)
  }
}

/**
 * Crée le moteur de contrôle compilé d'une exécution : chaque contrat est d'abord vu à travers une
 * vue typée (dates en numéros de jour, construite une fois par contrat) ; pour chaque règle
 * synchrone munie d'une garde, la garde compilée décide seule quand le contrat est conforme, et la
 * règle interprétée (`evaluer`) ne s'exécute que lorsque la garde échoue, produisant alors le
 * constat exactement comme `evaluerRegles`. En mode `explication` (paramètres consultés exigés),
 * toutes les règles sont interprétées.
 *
 * @example
 * ```ts
 * const moteur = creerMoteurControle({ dateEvaluation: "2025-11-03" });
 * for (const contrat of contrats) moteur.evaluer(contrat).constats;
 * const lu = moteur.lire(JSON.parse(ligne)); // chemin rapide : schéma compilé + vue typée
 * if (lu.ok) moteur.evaluer(lu.contrat, lu.vue);
 * ```
 */
export function creerMoteurControle(
  contexte: ContexteEvaluation<object>,
  registre: RegistreRegles<ContratAControler> = registreContrat,
): MoteurControle {
  const interpreter = contexte.mode === "explication";
  const regles: RegleCompilee[] = [];
  for (const regle of registre.regles) {
    if (regle.nature !== "synchrone") continue;
    regles.push({
      regle,
      interpretee: interpreter || regle.garde === undefined,
      jamaisApplicable: regle.saisieUniquement === true && contexte.cadre === "revalidation",
      applicableVue: regle.applicableVue,
      applicable: regle.applicable as RegleCompilee["applicable"],
      garde: regle.garde as RegleCompilee["garde"],
    });
  }
  const evaluation = joursDepuisEpoque(contexte.dateEvaluation);
  const parametres = new ParametresExecution();
  const contexteApplicable = contexte as ContexteEvaluation;
  /** Règles dont la garde n'a pas décidé : interprétées ensemble, avec la mémoire d'évaluation partagée. */
  const expliquer = (indices: readonly number[], contrat: ContratAControler): Explication[] =>
    avecMemoireEvaluation(() => indices.map((i) => evaluerRegleSynchrone((regles[i] as RegleCompilee).regle, contrat, contexte)));
  return {
    lire(valeur) {
      // Chemin rapide : contrat accepté tel quel, une seule allocation de résultat et la vue.
      if (estContratStandard(valeur)) return { ok: true, contrat: valeur, avertissements: [], vue: creerVueContrat(valeur, evaluation, parametres) };
      const lu = lireContrat(valeur);
      if (!lu.ok) return lu;
      return { ok: true, contrat: lu.contrat, avertissements: lu.avertissements, vue: creerVueContrat(lu.contrat, evaluation, parametres) };
    },
    evaluer(contrat, vueLue) {
      const vue = vueLue ?? creerVueContrat(contrat, evaluation, parametres);
      vue.remuneration = undefined; // lectures retenues sur la vue : refaites à chaque évaluation
      if (interpreter) {
        // Mode explication : toutes les règles interprétées, explications jointes au résultat.
        const explications = avecMemoireEvaluation(() => regles.map((r) => evaluerRegleSynchrone(r.regle, contrat, contexte)));
        return assemblerResultat(contexte, explications);
      }
      // Règles dont la garde décide : comptées sans explication ni constat (aucune allocation) ;
      // les autres sont interprétées ensemble, dans l'ordre du registre, avec la mémoire
      // d'évaluation partagée, et leurs constats assemblés dans cet ordre.
      let conformes = 0;
      let nonApplicables = 0;
      let aExpliquer: number[] | undefined;
      for (let i = 0; i < regles.length; i++) {
        const v = verdict(regles[i] as RegleCompilee, contrat, vue, contexteApplicable);
        if (v === CONFORME) conformes++;
        else if (v === NON_APPLICABLE) nonApplicables++;
        else (aExpliquer ??= []).push(i);
      }
      const explications = aExpliquer === undefined ? [] : expliquer(aExpliquer, contrat);
      return assemblerResultat(contexte, explications, { regles: regles.length, conformes, nonApplicables });
    },
  };
}

import { estContratStandard, lireContrat, type ResultatLireContrat } from "@communs-opco/schemas";
import type { ContexteEvaluation } from "../ContexteEvaluation";
import type { ContratAControler } from "../ContratAControler";
import type { RegleSynchrone } from "../Regle";
import type { RegistreRegles } from "../RegistreRegles";
import type { Explication, Resultat } from "../Resultat";
import { assemblerResultat } from "../moteur/assemblerResultat";
import { evaluerRegleSynchrone } from "../moteur/evaluerRegleSynchrone";
import { explication } from "../moteur/explication";
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

/** Une règle synchrone et ses explications sans constat, construites une fois pour l'exécution. */
interface RegleCompilee {
  readonly regle: RegleSynchrone<ContratAControler>;
  readonly garde: ((vue: VueContrat) => boolean) | undefined;
  /** Applicabilité : sur la vue si la règle la déclare, sinon `applicable` sur le contrat. */
  readonly applicableVue: ((vue: VueContrat) => boolean) | undefined;
  /** Règle de saisie évaluée en revalidation : non applicable pour toute l'exécution. */
  readonly jamaisApplicable: boolean;
  readonly conforme: Explication;
  readonly nonApplicable: Explication;
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
      garde: interpreter ? undefined : regle.garde?.bind(regle),
      applicableVue: regle.applicableVue?.bind(regle),
      jamaisApplicable: regle.saisieUniquement === true && contexte.cadre === "revalidation",
      conforme: explication(regle, "conforme", [], []),
      nonApplicable: explication(regle, "non_applicable", [], []),
    });
  }
  const evaluation = joursDepuisEpoque(contexte.dateEvaluation);
  const parametres = new ParametresExecution();
  const contexteApplicable = contexte as ContexteEvaluation;
  /** Règles dont la garde a échoué : interprétées ensemble, avec la mémoire d'évaluation partagée. */
  const expliquer = (contrat: ContratAControler, explications: (Explication | undefined)[]): void => {
    avecMemoireEvaluation(() => {
      for (let i = 0; i < regles.length; i++) {
        if (explications[i] === undefined) explications[i] = evaluerRegleSynchrone((regles[i] as RegleCompilee).regle, contrat, contexte);
      }
    });
  };
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
      const explications: (Explication | undefined)[] = new Array(regles.length);
      let aExpliquer = 0;
      for (let i = 0; i < regles.length; i++) {
        const r = regles[i] as RegleCompilee;
        let e: Explication | undefined;
        if (r.garde !== undefined) {
          try {
            if (r.jamaisApplicable) e = r.nonApplicable;
            else if (r.applicableVue !== undefined ? !r.applicableVue(vue) : r.regle.applicable !== undefined && !r.regle.applicable(contrat, contexteApplicable)) e = r.nonApplicable;
            else if (r.garde(vue)) e = r.conforme;
          } catch {
            e = undefined; // la règle interprétée produit le constat (erreur interne comprise)
          }
        }
        explications[i] = e;
        if (e === undefined) aExpliquer++;
      }
      if (aExpliquer > 0) expliquer(contrat, explications);
      return assemblerResultat(contexte, explications as Explication[]);
    },
  };
}

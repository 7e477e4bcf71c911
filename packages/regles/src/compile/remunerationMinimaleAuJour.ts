import {
  grilleRemunerationApprenti,
  majorationRemunerationRqthProlongation,
  majorationRemunerationSecteurPublic,
  smicMensuelMayotte,
  smicMensuelMetropole,
} from "@communs-opco/parametres";
import { civilDepuisJour } from "@communs-opco/dates";
import { jourDesParties } from "../dates/calendrierEnJours";
import { centimes } from "../remuneration/centimes";
import type { EntreeRemuneration } from "../remuneration/EntreeRemuneration";
import { estMayotte } from "../remuneration/estMayotte";
import { montantSelonTaux } from "../remuneration/montantSelonTaux";
import { trancheAge } from "../remuneration/trancheAge";
import { ajouterMoisAuJour } from "./ajouterMoisAuJour";
import { anniversaireAuJour } from "./anniversaireAuJour";
import { joursDepuisEpoque } from "./joursDepuisEpoque";
import { moisEntreJours } from "./moisEntreJours";
import { trierParInsertion } from "./trierParInsertion";
import type { VueContrat } from "./VueContrat";

/**
 * Segment du contrat à taux minimal constant, en numéros de jour (bornes incluses), pour les gardes
 * des règles de rémunération. Deux segments consécutifs peuvent avoir le même taux : ils ne sont pas
 * fusionnés (les gardes n'en ont pas besoin), contrairement aux lignes de `calculerRemuneration`.
 */
interface SegmentRemunerationAuJour {
  readonly debut: number;
  readonly fin: number;
  /** Taux minimal légal (grille, majoration publique obligatoire, RQTH, plancher du contrat précédent). */
  readonly tauxMinimal: number;
  /** Taux exigé sur la ligne déclarée : le minimum plus la majoration publique facultative déclarée. */
  readonly tauxExige: number;
  readonly base: "SMIC" | "SMC";
  /** Salaire brut minimal du segment, en centimes (arrondi au centime supérieur). */
  readonly salaireBrutCentimes: number;
}

/**
 * Rémunération minimale légale sur numéros de jour, pour les gardes compilées.
 *
 * @example
 * ```ts
 * const r = remunerationMinimaleAuJour(lu.entree, vue);
 * if (r !== undefined) r.segments[0]?.tauxMinimal;
 * ```
 */
export interface RemunerationMinimaleAuJour {
  /** SMIC mensuel brut retenu pour toutes les lignes, en euros. */
  readonly smicMensuel: number;
  readonly segments: readonly SegmentRemunerationAuJour[];
}

/**
 * Calcule, **sur numéros de jour entiers**, le minimum légal de rémunération d'un apprenti que
 * calcule `calculerRemuneration` sur des dates `AAAA-MM-JJ`, pour que les gardes des règles de
 * rémunération décident « conforme » sans le chemin des dates en texte :
 *
 * - années d'exécution de date anniversaire en date anniversaire du début (décalé des mois réputés
 *   accomplis, D6222-28) ; la dernière année de la grille couvre les suivantes ;
 * - tranche d'âge de l'âge révolu au début, puis changement au 1er du mois qui suit chaque
 *   anniversaire (29 février : 1er mars d'une année non bissextile) ;
 * - paramètres (SMIC à la date de début, grille et majorations à la date de conclusion) lus par la
 *   vue, résolus une fois par (paramètre, date) pour l'exécution.
 *
 * Sans mémoire : les gardes la lisent par `minimaleVue`, qui la calcule au plus une fois par contrat.
 *
 * Renvoie `undefined` dès que l'entrée sort du cas calculable (date invalide, fin avant le début,
 * naissance au plus tôt au début, valeur hors bornes, paramètre inconnu, date de référence du SMIC
 * imposée) : la garde échoue alors et la règle interprétée explique. Le test d'équivalence du moteur
 * compilé tient ce calcul et `calculerRemuneration` à une seule loi.
 *
 * @example
 * ```ts
 * const r = remunerationMinimaleAuJour(
 *   { dateNaissance: "2008-01-10", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" },
 *   vue,
 * );
 * r?.segments.map((s) => s.tauxMinimal); // [27, 39, 51]
 * ```
 */
export function remunerationMinimaleAuJour(entree: EntreeRemuneration, vue: VueContrat): RemunerationMinimaleAuJour | undefined {
  const debut = joursDepuisEpoque(entree.dateDebutContrat);
  const conclusion = entree.dateConclusion === undefined ? debut : joursDepuisEpoque(entree.dateConclusion);
  return remunerationMinimaleSurJours(entree, vue, joursDepuisEpoque(entree.dateNaissance), debut, joursDepuisEpoque(entree.dateFinContrat), conclusion);
}

/**
 * {@link remunerationMinimaleAuJour} quand les dates de l'entrée sont déjà lues en numéros de jour
 * (naissance, début, fin et conclusion — date de conclusion, à défaut début — de `entree`) : la
 * lecture de rémunération de la vue les tient de la vue typée, sans relire les textes.
 *
 * @example
 * ```ts
 * remunerationMinimaleSurJours(lu.entree, vue, vue.naissanceApprenti, vue.debutContrat, vue.finContrat, vue.debutContrat);
 * ```
 */
export function remunerationMinimaleSurJours(
  entree: EntreeRemuneration,
  vue: VueContrat,
  naissance: number,
  debut: number,
  fin: number,
  conclusion: number,
): RemunerationMinimaleAuJour | undefined {
  // Comparaisons fausses avec NaN : une date invalide sort ici.
  if (!(naissance < debut && debut <= fin)) return undefined;
  if (entree.dateReferenceSmic !== undefined) return undefined;
  if (Number.isNaN(conclusion)) return undefined;
  const { smc, anneeExecutionDebut, dureeCycleFormationMois: cycle, majorationPubliqueDeclaree: declaree, niveauDiplomePrepare: niveau, contratPrecedent: precedent } = entree;
  if (smc !== undefined && !(Number.isFinite(smc) && smc > 0)) return undefined;
  if (anneeExecutionDebut !== undefined && !(Number.isInteger(anneeExecutionDebut) && anneeExecutionDebut >= 1 && anneeExecutionDebut <= 4)) return undefined;
  if (cycle !== undefined && !(Number.isInteger(cycle) && cycle > 0)) return undefined;
  if (declaree !== undefined && !(Number.isFinite(declaree) && declaree >= 0 && declaree <= 100)) return undefined;
  if (niveau !== undefined && !(Number.isInteger(niveau) && niveau >= 3 && niveau <= 8)) return undefined;
  if (precedent !== undefined && !(Number.isFinite(precedent.tauxDerniereAnnee) && precedent.tauxDerniereAnnee >= 0 && Number.isFinite(precedent.tauxMinimalDerniereAnnee) && precedent.tauxMinimalDerniereAnnee >= 0)) {
    return undefined;
  }

  const smic = vue.parametreAuJour(estMayotte(entree.departement) ? smicMensuelMayotte : smicMensuelMetropole, debut);
  // Grille et majorations : à la date de conclusion, à défaut au début du contrat.
  const grille = vue.parametreAuJour(grilleRemunerationApprenti, conclusion);
  if (smic === undefined || grille === undefined) return undefined;

  const public_ = entree.employeurPublic === true;
  const majoration = public_ ? vue.parametreAuJour(majorationRemunerationSecteurPublic, conclusion) : undefined;
  let pointsPublics = 0;
  if (majoration !== undefined && majoration.regime === "obligatoire_selon_niveau") {
    pointsPublics = niveau === 4 ? majoration.pointsNiveau4 : niveau === 5 ? majoration.pointsNiveau5 : 0;
  }
  const pointsDeclares = majoration?.regime === "facultative" && declaree !== undefined && declaree > 0 ? declaree : 0;
  const pointsRqth = entree.rqth === true ? (vue.parametreAuJour(majorationRemunerationRqthProlongation, conclusion) ?? 0) : 0;
  const plancher = precedent === undefined ? 0 : precedent.memeEmployeur ? precedent.tauxDerniereAnnee : precedent.tauxMinimalDerniereAnnee;
  const smicCentimes = centimes(smic);
  const smcCentimes = smc !== undefined && !public_ ? centimes(smc) : undefined;

  // Mois réputés accomplis (D6222-28) : année de départ connue, ou cycle plus long que le contrat.
  const moisReputes = anneeExecutionDebut !== undefined ? (anneeExecutionDebut - 1) * 12 : cycle !== undefined ? Math.max(0, cycle - moisEntreJours(debut, fin + 1)) : 0;
  const origine = ajouterMoisAuJour(debut, -moisReputes);
  const derniereAnnee = grille.taux[grille.tranches[0]!.tranche].length;

  // Coupures : début, anniversaires d'exécution, 1er du mois suivant chaque anniversaire de l'apprenti.
  const coupures: number[] = [debut];
  // debutsAnnee[n - 1] : premier jour de l'année d'exécution n + 1.
  const debutsAnnee: number[] = [];
  for (let n = 1; n < derniereAnnee; n++) {
    const debutAnnee = ajouterMoisAuJour(origine, 12 * n);
    debutsAnnee.push(debutAnnee);
    if (debutAnnee > debut && debutAnnee <= fin) coupures.push(debutAnnee);
  }
  const pn = civilDepuisJour(naissance);
  const pd = civilDepuisJour(debut);
  let ageDebut = pd.annee - pn.annee;
  if (anniversaireAuJour(naissance, ageDebut) > debut) ageDebut -= 1;
  if (ageDebut < 0) ageDebut = 0;
  const effetsAge: number[] = [];
  for (let k = 1; ; k++) {
    const effet = premierDuMoisSuivant(anniversaireAuJour(naissance, ageDebut + k));
    if (effet > fin) break;
    effetsAge.push(effet);
    coupures.push(effet);
  }
  trierParInsertion(coupures, croissant);

  const segments: SegmentRemunerationAuJour[] = [];
  for (let i = 0; i < coupures.length; i++) {
    const debutSegment = coupures[i]!;
    const suivante = coupures[i + 1];
    if (suivante === debutSegment) continue;
    let annee = 1;
    while (annee < derniereAnnee && debutsAnnee[annee - 1]! <= debutSegment) annee++;
    let age = ageDebut;
    for (const effet of effetsAge) if (effet <= debutSegment) age++;
    const caseGrille = grille.taux[trancheAge(age, grille)][annee - 1]!;
    const tauxMinimal = Math.max(caseGrille.pourcentage + pointsPublics + (annee > 3 ? pointsRqth : 0), plancher);
    const surSmc = caseGrille.base === "smic_ou_smc_si_superieur" && smcCentimes !== undefined && smcCentimes > smicCentimes;
    segments.push({
      debut: debutSegment,
      fin: suivante === undefined ? fin : suivante - 1,
      tauxMinimal,
      tauxExige: tauxMinimal + pointsDeclares,
      base: surSmc ? "SMC" : "SMIC",
      salaireBrutCentimes: montantSelonTaux(surSmc ? smcCentimes : smicCentimes, tauxMinimal),
    });
  }
  return { smicMensuel: smic, segments };
}

const croissant = (a: number, b: number): number => a - b;

/** 1er jour du mois qui suit le jour donné (numéro de jour). */
function premierDuMoisSuivant(jour: number): number {
  const p = civilDepuisJour(jour);
  return p.mois === 12 ? jourDesParties(p.annee + 1, 1, 1) : jourDesParties(p.annee, p.mois + 1, 1);
}

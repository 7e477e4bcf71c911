import {
  grilleRemunerationApprenti,
  majorationRemunerationRqthProlongation,
  majorationRemunerationSecteurPublic,
  type ParametreConsulte,
  valeurParametre,
} from "@communs-opco/parametres";
import { centimes } from "./centimes";
import { estDateIso } from "../dates/estDateIso";
import type { EntreeRemuneration } from "./EntreeRemuneration";
import { estMayotte } from "./estMayotte";
import type { LigneRemuneration } from "./LigneRemuneration";
import { moisReputesAccomplis } from "./moisReputesAccomplis";
import { montantSelonTaux } from "./montantSelonTaux";
import { periodesRemuneration } from "./periodesRemuneration";
import type { AnomalieEntreeRemuneration, ResultatRemuneration } from "./ResultatRemuneration";
import { smicMensuelEnVigueur } from "./smicMensuelEnVigueur";

function anomaliesEntree(entree: EntreeRemuneration): AnomalieEntreeRemuneration[] {
  const anomalies: AnomalieEntreeRemuneration[] = [];
  const dates: [keyof EntreeRemuneration, string | undefined, string][] = [
    ["dateNaissance", entree.dateNaissance, "la date de naissance"],
    ["dateDebutContrat", entree.dateDebutContrat, "la date de début du contrat"],
    ["dateFinContrat", entree.dateFinContrat, "la date de fin du contrat"],
  ];
  if (entree.dateConclusion !== undefined) dates.push(["dateConclusion", entree.dateConclusion, "la date de conclusion"]);
  if (entree.dateReferenceSmic !== undefined) dates.push(["dateReferenceSmic", entree.dateReferenceSmic, "la date de référence du SMIC"]);
  for (const [champ, valeur, libelle] of dates) {
    if (!estDateIso(valeur)) {
      anomalies.push({ champ, message: `${libelle} doit être une date AAAA-MM-JJ existante (reçu : ${String(valeur)})` });
    }
  }
  if (anomalies.length === 0) {
    if (entree.dateFinContrat < entree.dateDebutContrat) {
      anomalies.push({ champ: "dateFinContrat", message: "la date de fin du contrat précède sa date de début" });
    }
    if (entree.dateNaissance >= entree.dateDebutContrat) {
      anomalies.push({ champ: "dateNaissance", message: "la date de naissance doit précéder le début du contrat" });
    }
  }
  if (entree.smc !== undefined && !(Number.isFinite(entree.smc) && entree.smc > 0)) {
    anomalies.push({ champ: "smc", message: "le salaire minimum conventionnel doit être un montant positif en euros" });
  }
  const a = entree.anneeExecutionDebut;
  if (a !== undefined && !(Number.isInteger(a) && a >= 1 && a <= 4)) {
    anomalies.push({ champ: "anneeExecutionDebut", message: "l'année d'exécution de début doit être un entier de 1 à 4" });
  }
  const c = entree.dureeCycleFormationMois;
  if (c !== undefined && !(Number.isInteger(c) && c > 0)) {
    anomalies.push({ champ: "dureeCycleFormationMois", message: "la durée du cycle de formation doit être un nombre entier de mois positif" });
  }
  const m = entree.majorationPubliqueDeclaree;
  if (m !== undefined && !(Number.isFinite(m) && m >= 0 && m <= 100)) {
    anomalies.push({ champ: "majorationPubliqueDeclaree", message: "la majoration déclarée doit être un nombre de points de 0 à 100" });
  }
  const n = entree.niveauDiplomePrepare;
  if (n !== undefined && !(Number.isInteger(n) && n >= 3 && n <= 8)) {
    anomalies.push({ champ: "niveauDiplomePrepare", message: "le niveau du diplôme préparé doit être un entier de 3 à 8" });
  }
  const p = entree.contratPrecedent;
  if (p !== undefined) {
    for (const taux of [p.tauxDerniereAnnee, p.tauxMinimalDerniereAnnee]) {
      if (!(Number.isFinite(taux) && taux >= 0)) {
        anomalies.push({ champ: "contratPrecedent", message: "les taux du contrat précédent doivent être des pourcentages positifs" });
        break;
      }
    }
  }
  return anomalies;
}

/**
 * Calcule les lignes de rémunération minimale d'un contrat d'apprentissage, telles qu'elles
 * figurent sur le CERFA FA13 (mode « grille du contrat ») :
 *
 * - **périodes** : années d'exécution et changements de tranche au 1er du mois suivant
 *   l'anniversaire (voir {@link periodesRemuneration}) ;
 * - **grille** (C. trav. D6222-26) consultée à la date de conclusion (par défaut la date de début) ;
 * - **SMIC** en vigueur à la date de début du contrat (ou à `dateReferenceSmic`) pour toutes les
 *   lignes, métropole ou Mayotte (département 976) ; une date antérieure à la table est une
 *   anomalie, jamais un repli ;
 * - **SMC** : pour les tranches dont la grille prévoit « SMIC ou SMC si supérieur » (21 ans et
 *   plus), la base est le SMC s'il est strictement supérieur au SMIC (employeur privé seulement) ;
 * - **contrats successifs** (C. trav. D6222-29, R-REM-SUCC) : le taux minimal de chaque ligne est
 *   au moins le taux perçu la dernière année du contrat précédent (même employeur) ou le taux
 *   minimal auquel l'apprenti pouvait alors prétendre (autre employeur), sauf si la grille donne
 *   plus ;
 * - **durée réduite** (C. trav. D6222-28-1, R-REM-REDUIT) : voir {@link moisReputesAccomplis} ;
 * - **employeur public** (R-REM-PUBLIC, D6272-2) : base toujours le SMIC ; paramètre
 *   `apprentissage.remuneration.majoration_secteur_public` consulté à la date de conclusion. Contrat
 *   conclu jusqu'au 26/04/2020 : +10 points (niveau 4) ou +20 points (niveau 5) s'ajoutent au
 *   minimum. Conclu à partir du 27/04/2020 (décret n° 2020-478) : le minimum est la grille du
 *   secteur privé ; la majoration déclarée (`majorationPubliqueDeclaree`, 10 ou 20 points) est
 *   donnée à part dans chaque ligne (`tauxAvecMajorationDeclaree`) ;
 * - **apprenti RQTH** (R6222-48, à vérifier) : les années au-delà de la 3e sont payées au taux de
 *   la 3e année + 15 points (paramètre `apprentissage.remuneration.majoration_rqth_prolongation`) ;
 * - **arrondi** : salaire brut = base × taux / 100 arrondi au centime supérieur, calculé en centimes
 *   entiers ; salaire d'embauche = salaire brut de la première ligne.
 *
 * Ne lève jamais d'exception : une entrée invalide donne `{ statut: "impossible", anomalies }`.
 *
 * @example
 * ```ts
 * const r = calculerRemuneration({
 *   dateNaissance: "2003-11-20", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31", smc: 2000,
 * });
 * if (r.statut === "calculee") {
 *   r.periodes.map((l) => `${l.numero} ${l.taux} % ${l.base} ${l.salaireBrut}`);
 *   // ["1.1 43 % SMIC 759.78", "1.2 53 % SMC 1060", "2.1 61 % SMC 1220"]
 * }
 * ```
 */
export function calculerRemuneration(entree: EntreeRemuneration): ResultatRemuneration {
  const anomalies = anomaliesEntree(entree);
  if (anomalies.length > 0) return { statut: "impossible", anomalies };

  const dateSmic = entree.dateReferenceSmic ?? entree.dateDebutContrat;
  const smic = smicMensuelEnVigueur(dateSmic, entree.departement);
  if (smic === undefined) {
    anomalies.push({
      champ: entree.dateReferenceSmic === undefined ? "dateDebutContrat" : "dateReferenceSmic",
      message: `aucune valeur du SMIC ${estMayotte(entree.departement) ? "de Mayotte" : "de métropole"} n'est connue au ${dateSmic}`,
    });
  }
  const dateGrille = entree.dateConclusion ?? entree.dateDebutContrat;
  const grille = valeurParametre(grilleRemunerationApprenti, dateGrille);
  if (grille === undefined) {
    anomalies.push({ champ: "dateConclusion", message: `aucune grille de rémunération n'est connue au ${dateGrille}` });
  }
  if (smic === undefined || grille === undefined) return { statut: "impossible", anomalies };

  const mois = moisReputesAccomplis(entree);
  // Objets écrits champ par champ : une décomposition (`{ ...x, y }`) suivie de champs coûte sous
  // Node 20 une transition de forme par champ ajouté (plusieurs µs chacune), sur le chemin des constats.
  const periodes = periodesRemuneration(
    { dateNaissance: entree.dateNaissance, dateDebutContrat: entree.dateDebutContrat, dateFinContrat: entree.dateFinContrat, moisReputesAccomplis: mois },
    grille.valeur,
  );
  const smicCentimes = centimes(smic.valeur);
  const smcCentimes = entree.smc !== undefined && entree.employeurPublic !== true ? centimes(entree.smc) : undefined;
  const precedent = entree.contratPrecedent;
  const majoration = entree.employeurPublic === true ? valeurParametre(majorationRemunerationSecteurPublic, dateGrille) : undefined;
  const regimePublic = majoration?.valeur.regime;
  let pointsMajoration = 0;
  if (majoration !== undefined && majoration.valeur.regime === "obligatoire_selon_niveau") {
    pointsMajoration = entree.niveauDiplomePrepare === 4 ? majoration.valeur.pointsNiveau4 : entree.niveauDiplomePrepare === 5 ? majoration.valeur.pointsNiveau5 : 0;
  }
  // Majoration facultative (contrats conclus à partir du 27/04/2020) : hors du minimum, donnée à part.
  const majorationDeclaree = regimePublic === "facultative" && entree.majorationPubliqueDeclaree !== undefined && entree.majorationPubliqueDeclaree > 0 ? entree.majorationPubliqueDeclaree : undefined;
  const majorationRqth = entree.rqth === true ? valeurParametre(majorationRemunerationRqthProlongation, dateGrille) : undefined;
  // Années d'allongement d'un contrat RQTH : au-delà de la 3e (dernière année de la durée maximale de droit commun).
  const derniereAnneeNormale = 3;
  const plancher = precedent === undefined ? undefined : precedent.memeEmployeur ? precedent.tauxDerniereAnnee : precedent.tauxMinimalDerniereAnnee;

  const lignes: LigneRemuneration[] = periodes.map((periode) => {
    const caseGrille = grille.valeur.taux[periode.tranche][periode.annee - 1]!;
    const tauxGrille = caseGrille.pourcentage;
    const majorationPublique = pointsMajoration;
    const pointsRqth = majorationRqth !== undefined && periode.annee > derniereAnneeNormale ? majorationRqth.valeur : 0;
    const tauxMinimal = Math.max(tauxGrille + majorationPublique + pointsRqth, plancher ?? 0);
    const surSmc = caseGrille.base === "smic_ou_smc_si_superieur" && smcCentimes !== undefined && smcCentimes > smicCentimes;
    const baseCentimes = surSmc ? smcCentimes : smicCentimes;
    const ligne: LigneRemuneration = {
      annee: periode.annee,
      numero: periode.numero,
      debut: periode.debut,
      fin: periode.fin,
      age: periode.age,
      tranche: periode.tranche,
      taux: tauxMinimal,
      tauxMinimal,
      tauxGrille,
      majorationPublique,
      baseGrille: caseGrille.base,
      base: surSmc ? "SMC" : "SMIC",
      baseMensuelle: baseCentimes / 100,
      salaireBrut: montantSelonTaux(baseCentimes, tauxMinimal) / 100,
    };
    if (plancher !== undefined) ligne.plancherContratPrecedent = plancher;
    if (pointsRqth > 0) ligne.majorationRqth = pointsRqth;
    if (majorationDeclaree !== undefined) {
      ligne.majorationDeclaree = majorationDeclaree;
      ligne.tauxAvecMajorationDeclaree = tauxMinimal + majorationDeclaree;
      ligne.salaireBrutAvecMajorationDeclaree = montantSelonTaux(baseCentimes, tauxMinimal + majorationDeclaree) / 100;
    }
    return ligne;
  });

  const parametres: ParametreConsulte<unknown>[] = [smic, grille];
  if (majoration !== undefined) parametres.push(majoration);
  if (majorationRqth !== undefined && lignes.some((l) => l.majorationRqth !== undefined)) parametres.push(majorationRqth);
  return {
    statut: "calculee",
    smic: { dateEffet: smic.dateEffet, mensuel: smic.valeur, territoire: estMayotte(entree.departement) ? "mayotte" : "metropole" },
    ...(smcCentimes !== undefined ? { smc: smcCentimes / 100 } : {}),
    moisReputesAccomplis: mois,
    ...(regimePublic !== undefined ? { secteurPublic: { regime: regimePublic, ...(majorationDeclaree !== undefined ? { majorationDeclaree } : {}) } } : {}),
    periodes: lignes,
    salaireEmbauche: lignes[0]?.salaireBrut ?? 0,
    parametres,
  };
}

import { ajouterJours, ajouterMois, estDateIso } from "@communs-opco/regles";
import { echeancierNpec, proratisationJourNpec, valeurParametre, type ParametreConsulte } from "@communs-opco/parametres";
import type { AnneeFinancement, Echeance, Echeancier } from "./Echeancier";
import type { EntreeFinancement } from "./EntreeFinancement";
import { fraisAnnexesRetenus } from "./fraisAnnexesRetenus";
import { formaterEuros } from "./formaterEuros";
import { joursEntre } from "./joursEntre";
import { majorationRqth } from "./majorationRqth";
import { partEmployeur } from "./partEmployeur";

const ORDINAUX = ["", "1er", "2e", "3e", "4e", "5e", "6e", "7e", "8e", "9e", "10e", "11e", "12e"];

function ajouterParametre(liste: ParametreConsulte<unknown>[], p: ParametreConsulte<unknown>): void {
  if (!liste.some((x) => x.id === p.id && x.dateEffet === p.dateEffet)) liste.push(p);
}

/** Nombre de mois commencés de `debut` à `finExecution` (bornes incluses), au plus 12. */
function moisCommences(debut: string, finExecution: string): number {
  let n = 0;
  while (n < 12 && ajouterMois(debut, n) <= finExecution) n++;
  return n;
}

/**
 * Échéancier vide (entrée inexploitable) : aucun montant, la raison dans `indeterminations`.
 */
function echeancierIndetermine(raison: string): Echeancier {
  return {
    regime: { dateEffet: "", proratisation: "jour", libelle: "indéterminé" },
    npecAnnuelCentimes: 0,
    annees: [],
    echeances: [],
    partEmployeur: null,
    totalDuCentimes: 0,
    forclusionSolde: null,
    parametres: [],
    indeterminations: [raison],
  };
}

/**
 * Calcule l'échéancier de prise en charge d'un contrat d'apprentissage par l'OPCO, selon le
 * régime applicable à sa date de conclusion (paramètre `apprentissage.npec.echeancier`) :
 *
 * - contrats conclus avant le 1er juillet 2025 : 50 % / 25 % / 25 % par année d'exécution,
 *   prorata au mois commencé (tout mois commencé est dû) ;
 * - contrats conclus à partir du 1er juillet 2025 : 40 % / 30 % / 20 % / 10 % (solde après
 *   service fait, forclos 4 mois après la fin du contrat), prorata aux jours réalisés, avance de
 *   la 1re année diminuée de la participation de l'employeur (niveau ≥ 6).
 *
 * Chaque année d'exécution court de la date anniversaire du début à la veille de l'anniversaire
 * suivant. Les échéances prévues après le dernier jour exécuté (rupture, dernière année courte)
 * ne sont pas dues : la dernière ligne de l'année solde ou régularise (montant négatif : trop-versé
 * à reverser) la différence entre le montant dû et les échéances déjà exigibles. S'y ajoutent la
 * majoration RQTH (par année) et les frais annexes (plafonnés). Montants en centimes ; la fonction
 * ne lit jamais l'horloge et ne lève pas : une entrée inexploitable donne un échéancier vide avec
 * sa raison dans `indeterminations`.
 *
 * @example
 * ```ts
 * const e = calculerEcheancier({ dateConclusion: "2025-08-20", dateDebutContrat: "2025-09-01", dateFinContrat: "2027-08-31", npecAnnuel: 9497, niveauCertification: "5" });
 * e.echeances.filter((x) => x.annee === 1).map((x) => x.montantCentimes); // [379880, 284910, 189940, 94970]
 * ```
 */
export function calculerEcheancier(entree: EntreeFinancement): Echeancier {
  for (const [champ, valeur] of [["dateConclusion", entree.dateConclusion], ["dateDebutContrat", entree.dateDebutContrat], ["dateFinContrat", entree.dateFinContrat]] as const) {
    if (!estDateIso(valeur)) return echeancierIndetermine(`${champ} absente ou invalide (${String(valeur)}) : échéancier non calculable.`);
  }
  const rupture = entree.dateRupture ?? null;
  if (rupture !== null && !estDateIso(rupture)) return echeancierIndetermine(`dateRupture invalide (${String(rupture)}) : échéancier non calculable.`);
  if (entree.dateFinContrat < entree.dateDebutContrat) return echeancierIndetermine("La date de fin du contrat précède sa date de début : échéancier non calculable.");
  if (rupture !== null && rupture < entree.dateDebutContrat) return echeancierIndetermine("La date de rupture précède le début du contrat : échéancier non calculable.");
  if (typeof entree.npecAnnuel !== "number" || !Number.isFinite(entree.npecAnnuel) || entree.npecAnnuel < 0) {
    return echeancierIndetermine(`NPEC annuel absent ou invalide (${String(entree.npecAnnuel)}) : échéancier non calculable.`);
  }
  const regime = valeurParametre(echeancierNpec, entree.dateConclusion);
  if (regime === undefined) return echeancierIndetermine(`Aucun échéancier légal pour un contrat conclu le ${entree.dateConclusion}.`);
  const parametres: ParametreConsulte<unknown>[] = [regime];
  const indeterminations: string[] = [];
  const { versements, proratisation, avanceDiminueeParticipationEmployeur, forclusionSoldeMois } = regime.valeur;
  let denominateur = 365;
  if (proratisation === "jour") {
    const d = valeurParametre(proratisationJourNpec, entree.dateConclusion);
    if (d === undefined) return echeancierIndetermine("Dénominateur du prorata journalier introuvable à la date de conclusion.");
    ajouterParametre(parametres, d);
    denominateur = d.valeur.denominateurJours;
  }
  const npec = Math.round(entree.npecAnnuel * 100);
  const finPrevue = entree.dateFinContrat;
  const finReelle = rupture !== null && rupture < finPrevue ? rupture : finPrevue;
  const libelleRegime = `${versements.map((v) => `${v.pourcentage} %`).join(" / ")}, prorata ${proratisation === "jour" ? `aux jours réalisés (/${denominateur})` : "au mois commencé (/12)"}`;

  const part = partEmployeur(entree);
  for (const p of part.parametres) ajouterParametre(parametres, p);
  if (part.statut === "indetermine") indeterminations.push(part.explication);
  let resteADeduire = part.statut === "due" && avanceDiminueeParticipationEmployeur ? part.montantCentimes : 0;

  const montantPour = (debut: string, finExecution: string, finAnnee: string): { montant: number; jours: number; mois: number; calcul: string } => {
    const jours = joursEntre(debut, finExecution);
    const mois = moisCommences(debut, finExecution);
    if (finExecution === finAnnee && joursEntre(debut, finAnnee) >= 365) return { montant: npec, jours, mois, calcul: `année complète : ${formaterEuros(npec)}` };
    if (proratisation === "jour") {
      const montant = Math.min(npec, Math.round((npec * jours) / denominateur));
      return { montant, jours, mois, calcul: `${formaterEuros(npec)} × ${jours}/${denominateur} = ${formaterEuros(montant)}` };
    }
    const montant = Math.round((npec * mois) / 12);
    return { montant, jours, mois, calcul: `${formaterEuros(npec)} × ${mois} mois commencé(s)/12 = ${formaterEuros(montant)}` };
  };

  const annees: AnneeFinancement[] = [];
  const echeances: Echeance[] = [];
  for (let numero = 1; ; numero++) {
    const debut = ajouterMois(entree.dateDebutContrat, 12 * (numero - 1));
    if (debut > finReelle) break;
    const anniversaire = ajouterJours(ajouterMois(entree.dateDebutContrat, 12 * numero), -1);
    const fin = anniversaire < finPrevue ? anniversaire : finPrevue;
    const finExecution = fin < finReelle ? fin : finReelle;
    const prevu = montantPour(debut, fin, anniversaire);
    const du = montantPour(debut, finExecution, anniversaire);
    const deduction = numero === 1 ? Math.min(resteADeduire, du.montant) : 0;
    const montantDu = du.montant - deduction;
    const interrompue = finExecution < fin;
    annees.push({
      numero,
      debut,
      fin,
      finExecution,
      jours: du.jours,
      moisCommences: du.mois,
      montantPrevuCentimes: prevu.montant,
      montantDuCentimes: montantDu,
      explication: `Année ${numero} (${debut} → ${finExecution}${interrompue ? `, rupture ; fin prévue ${fin}` : ""}) : ${du.calcul}${deduction > 0 ? `, moins la participation de l'employeur ${formaterEuros(deduction)}` : ""} → ${formaterEuros(montantDu)} dû.`,
    });
    let verse = 0;
    for (const v of versements) {
      if (v.moment === "solde_service_fait") continue;
      const date = v.moment === "avance_sur_facture" ? debut : ajouterMois(debut, (v.moisExecution ?? 1) - 1);
      if (date > finExecution) continue;
      let montant = Math.round((prevu.montant * v.pourcentage) / 100);
      let explication =
        v.moment === "avance_sur_facture"
          ? `Année ${numero} : avance de ${v.pourcentage} % de ${formaterEuros(prevu.montant)} = ${formaterEuros(montant)}, payée dans les ${v.delaiJours ?? 30} jours de la facture du CFA`
          : `Année ${numero} : versement de ${v.pourcentage} % de ${formaterEuros(prevu.montant)} = ${formaterEuros(montant)} au ${ORDINAUX[v.moisExecution ?? 0] ?? `${v.moisExecution}e`} mois d'exécution`;
      if (v.moment === "avance_sur_facture" && numero === 1 && resteADeduire > 0) {
        const deduit = Math.min(resteADeduire, montant);
        montant -= deduit;
        resteADeduire -= deduit;
        explication += `, diminuée de la participation de l'employeur (${formaterEuros(deduit)}) → ${formaterEuros(montant)}`;
      }
      verse += montant;
      echeances.push({
        annee: numero,
        nature: v.moment === "avance_sur_facture" ? "avance" : "versement",
        date,
        ...(v.moment === "avance_sur_facture" && v.delaiJours !== undefined ? { dateLimite: ajouterJours(debut, v.delaiJours) } : {}),
        pourcentage: v.pourcentage,
        montantCentimes: montant,
        explication: `${explication}.`,
      });
    }
    const reste = montantDu - verse;
    const solde = versements.find((v) => v.moment === "solde_service_fait");
    if (reste !== 0 || solde !== undefined) {
      const derniere = finExecution >= finReelle;
      const dateSolde = ajouterJours(finExecution, 1);
      const forclusion = derniere && forclusionSoldeMois !== null ? ajouterMois(finReelle, forclusionSoldeMois) : undefined;
      const nature = reste < 0 ? "regularisation" : "solde";
      let explication: string;
      if (reste < 0) explication = `Année ${numero} : ${formaterEuros(verse)} exigibles pour ${formaterEuros(montantDu)} dus : trop-versé de ${formaterEuros(-reste)} à régulariser par le CFA.`;
      else if (solde !== undefined && !interrompue && prevu.montant === du.montant)
        explication = `Année ${numero} : solde de ${solde.pourcentage} % = ${formaterEuros(reste)} après service fait, sur facture et attestation ou certificat de réalisation${derniere ? "" : ", avec la 1re avance de l'année suivante"}${forclusion === undefined ? "" : ` ; perdu si les justificatifs ne sont pas transmis avant le ${forclusion}`}.`;
      else explication = `Année ${numero} : solde ${formaterEuros(reste)} = ${formaterEuros(montantDu)} dus − ${formaterEuros(verse)} d'échéances exigibles${interrompue ? " avant la rupture" : ""}${forclusion === undefined ? "" : ` ; perdu si les justificatifs ne sont pas transmis avant le ${forclusion}`}.`;
      echeances.push({
        annee: numero,
        nature,
        date: dateSolde,
        ...(forclusion === undefined ? {} : { dateLimite: forclusion }),
        ...(solde !== undefined && nature === "solde" && !interrompue && prevu.montant === du.montant ? { pourcentage: solde.pourcentage } : {}),
        montantCentimes: reste,
        explication,
      });
    }
    const demandeRqth = entree.rqth?.montantsAnnuels[numero - 1];
    if (demandeRqth !== undefined && demandeRqth > 0) {
      const prorata = interrompue && entree.rqth?.abandonFormationApresRupture === true ? (proratisation === "jour" ? du.jours / denominateur : du.mois / 12) : 1;
      const m = majorationRqth(demandeRqth, npec, entree.dateConclusion, prorata);
      if (m === undefined) indeterminations.push(`Majoration RQTH de l'année ${numero} : aucun plafond à la date de conclusion.`);
      else {
        for (const p of m.parametres) ajouterParametre(parametres, p);
        echeances.push({ annee: numero, nature: "majoration_rqth", date: debut, montantCentimes: m.montantCentimes, explication: `Année ${numero} : ${m.explication}` });
      }
    }
  }
  if (entree.fraisAnnexes !== undefined) {
    const f = fraisAnnexesRetenus(entree.fraisAnnexes, entree.dateConclusion);
    for (const p of f.parametres) ajouterParametre(parametres, p);
    indeterminations.push(...f.indeterminations);
    for (const l of f.lignes) echeances.push({ annee: 0, nature: "frais_annexes", date: entree.dateDebutContrat, montantCentimes: l.montantCentimes, explication: `Frais annexes : ${l.explication}` });
  }
  echeances.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const totalDuCentimes = echeances.reduce((s, e) => s + e.montantCentimes, 0);
  return {
    regime: { dateEffet: regime.dateEffet, proratisation, libelle: libelleRegime },
    npecAnnuelCentimes: npec,
    annees,
    echeances,
    partEmployeur: part.statut === "due" ? { montantCentimes: part.montantCentimes, explication: part.explication } : null,
    totalDuCentimes,
    forclusionSolde: forclusionSoldeMois === null ? null : ajouterMois(finReelle, forclusionSoldeMois),
    parametres,
    indeterminations,
  };
}

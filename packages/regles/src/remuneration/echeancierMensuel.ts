import { smicMensuelMayotte, smicMensuelMetropole } from "@communs-opco/parametres";
import { centimes } from "./centimes";
import { ajouterJours } from "../dates/ajouterJours";
import { joursDansLeMois } from "../dates/estDateIso";
import { formaterDate, partiesDate } from "../dates/partiesDate";
import type { DateIso } from "./dates/DateIso";
import type { EcheanceMensuelle } from "./EcheanceMensuelle";
import { montantSelonTaux } from "./montantSelonTaux";
import type { RemunerationCalculee } from "./ResultatRemuneration";
import { smicMensuelEnVigueur } from "./smicMensuelEnVigueur";

/**
 * Échéancier mensuel du salaire minimal dû (mode « période de paie » et
 * R-REM-SMIC-MAJ) : contrairement aux lignes du CERFA, calculées sur le SMIC en vigueur au début
 * du contrat, chaque mois applique le **SMIC en vigueur ce mois-là** ; les revalorisations
 * postérieures au début du contrat (décrets et arrêtés de relèvement du SMIC) s'appliquent donc.
 *
 * Chaque mois civil du contrat donne une échéance par ligne de rémunération et par valeur du SMIC
 * qui le concernent. Pour les tranches dont la grille prévoit « SMIC ou SMC si supérieur », la
 * base est recomparée au SMIC du mois (un SMC dépassé par une revalorisation du SMIC laisse la place
 * au SMIC). Le montant est le salaire mensuel complet ; le prorata d'un mois incomplet (entrée,
 * sortie, changement de ligne en cours de mois) est laissé à la paie (`moisComplet` = faux).
 *
 * @example
 * ```ts
 * const r = calculerRemuneration({ dateNaissance: "2008-01-10", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" });
 * if (r.statut === "calculee") {
 *   const e = echeancierMensuel(r).find((x) => x.mois === "2026-01")!;
 *   e.smic.mensuel; // 1823.03 (revalorisation du 01/01/2026), contre 1 766,92 sur le CERFA
 *   e.salaireBrut; // 710.99 (39 %)
 * }
 * ```
 */
export function echeancierMensuel(remuneration: RemunerationCalculee): EcheanceMensuelle[] {
  const territoire = remuneration.smic.territoire;
  const departement = territoire === "mayotte" ? "976" : undefined;
  const parametreSmic = territoire === "mayotte" ? smicMensuelMayotte : smicMensuelMetropole;
  const datesSmic = parametreSmic.valeurs.map((v) => v.dateEffet);
  const smcCentimes = remuneration.smc === undefined ? undefined : centimes(remuneration.smc);
  const echeances: EcheanceMensuelle[] = [];

  for (const ligne of remuneration.periodes) {
    let curseur: DateIso = ligne.debut;
    while (curseur <= ligne.fin) {
      const { annee, mois } = partiesDate(curseur);
      const finMois = formaterDate({ annee, mois, jour: joursDansLeMois(annee, mois) });
      const changementSmic = datesSmic.find((d) => d > curseur);
      let fin = ligne.fin < finMois ? ligne.fin : finMois;
      if (changementSmic !== undefined && changementSmic <= fin) fin = ajouterJours(changementSmic, -1);
      const smic = smicMensuelEnVigueur(curseur, departement);
      if (smic === undefined) break; // impossible : le SMIC du début du contrat existe, les dates suivantes aussi
      const smicCentimes = centimes(smic.valeur);
      const surSmc = ligne.baseGrille === "smic_ou_smc_si_superieur" && smcCentimes !== undefined && smcCentimes > smicCentimes;
      const baseCentimes = surSmc ? smcCentimes : smicCentimes;
      echeances.push({
        mois: curseur.slice(0, 7),
        debut: curseur,
        fin,
        moisComplet: curseur.endsWith("-01") && fin === finMois,
        numero: ligne.numero,
        annee: ligne.annee,
        taux: ligne.taux,
        base: surSmc ? "SMC" : "SMIC",
        smic: { dateEffet: smic.dateEffet, mensuel: smic.valeur },
        baseMensuelle: baseCentimes / 100,
        salaireBrut: montantSelonTaux(baseCentimes, ligne.taux) / 100,
        parametres: [smic],
      });
      curseur = ajouterJours(fin, 1);
    }
  }
  return echeances;
}

import { participationEmployeurNpec, participationEmployeurRuptureNpec, proratisationJourNpec, valeurParametre, type ParametreConsulte } from "@communs-opco/parametres";
import type { EntreeFinancement } from "./EntreeFinancement";
import { formaterEuros } from "./formaterEuros";
import { joursEntre } from "./joursEntre";

/**
 * Participation obligatoire de l'employeur calculée pour un contrat : montant (centimes), ou
 * `indetermine` quand le niveau de la certification manque.
 *
 * @example
 * ```ts
 * const p: PartEmployeur = { statut: "due", montantCentimes: 75000, explication: "…", parametres: [] };
 * ```
 */
export type PartEmployeur =
  | { statut: "due"; montantCentimes: number; explication: string; parametres: ParametreConsulte<unknown>[] }
  | { statut: "non_applicable"; explication: string; parametres: ParametreConsulte<unknown>[] }
  | { statut: "indetermine"; explication: string; parametres: ParametreConsulte<unknown>[] };

function niveau(valeur: EntreeFinancement["niveauCertification"]): number | null {
  if (valeur === undefined || valeur === null) return null;
  const n = Number(String(valeur).trim());
  return Number.isInteger(n) && n >= 1 && n <= 8 ? n : null;
}

/**
 * Participation de l'employeur (contrats conclus à partir du 1er juillet 2025, certification de
 * niveau ≥ 6) : forfait, montant réduit pour un nouveau contrat après rupture, ou, en cas de
 * rupture dans le délai de facturation, pourcentage du NPEC proratisé aux jours réalisés plafonné
 * au forfait. Toutes les valeurs viennent des paramètres à la date de conclusion.
 *
 * @example
 * ```ts
 * partEmployeur({ dateConclusion: "2025-08-20", dateDebutContrat: "2025-09-01", dateFinContrat: "2027-08-31", npecAnnuel: 9497, niveauCertification: "6" });
 * // { statut: "due", montantCentimes: 75000, … }
 * ```
 */
export function partEmployeur(entree: EntreeFinancement): PartEmployeur {
  const parametres: ParametreConsulte<unknown>[] = [];
  const p = valeurParametre(participationEmployeurNpec, entree.dateConclusion);
  if (p === undefined) return { statut: "indetermine", explication: "Participation de l'employeur : aucun paramètre à la date de conclusion.", parametres };
  parametres.push(p);
  const regle = p.valeur;
  if (!regle.applicable || regle.niveauCertificationMinimum === null) {
    return { statut: "non_applicable", explication: "Pas de participation obligatoire de l'employeur pour un contrat conclu à cette date.", parametres };
  }
  const n = niveau(entree.niveauCertification);
  if (n === null) {
    return {
      statut: "indetermine",
      explication: `Participation de l'employeur indéterminée : niveau de la certification inconnu (due à partir du niveau ${regle.niveauCertificationMinimum}).`,
      parametres,
    };
  }
  if (n < regle.niveauCertificationMinimum) {
    return { statut: "non_applicable", explication: `Pas de participation de l'employeur : certification de niveau ${n} (< ${regle.niveauCertificationMinimum}).`, parametres };
  }
  const forfait = Math.round(regle.montant * 100);
  if (entree.nouveauContratApresRupture === true && regle.montantNouveauContratApresRupture !== null) {
    const montant = Math.round(regle.montantNouveauContratApresRupture * 100);
    return { statut: "due", montantCentimes: montant, explication: `Participation de l'employeur réduite à ${formaterEuros(montant)} : nouveau contrat avec un autre employeur après une rupture.`, parametres };
  }
  const rupture = entree.dateRupture ?? null;
  if (rupture !== null && regle.delaiFacturationJours !== null) {
    const jours = joursEntre(entree.dateDebutContrat, rupture);
    if (jours <= regle.delaiFacturationJours) {
      const r = valeurParametre(participationEmployeurRuptureNpec, entree.dateConclusion);
      const d = valeurParametre(proratisationJourNpec, entree.dateConclusion);
      if (r === undefined || d === undefined || r.valeur.pourcentageNpecProratise === null) {
        return { statut: "indetermine", explication: "Participation de l'employeur après rupture anticipée : paramètre manquant.", parametres };
      }
      parametres.push(r, d);
      const npec = Math.round(entree.npecAnnuel * 100);
      const prorata = Math.round((npec * Math.max(0, jours) * r.valeur.pourcentageNpecProratise) / (100 * d.valeur.denominateurJours));
      const montant = Math.min(prorata, forfait);
      return {
        statut: "due",
        montantCentimes: montant,
        explication: `Rupture après ${jours} jour(s), dans les ${regle.delaiFacturationJours} premiers jours : participation de l'employeur = ${r.valeur.pourcentageNpecProratise} % × ${formaterEuros(npec)} × ${jours}/${d.valeur.denominateurJours} = ${formaterEuros(prorata)}, plafonnée à ${formaterEuros(forfait)} → ${formaterEuros(montant)}.`,
        parametres,
      };
    }
  }
  return { statut: "due", montantCentimes: forfait, explication: `Participation forfaitaire de l'employeur de ${formaterEuros(forfait)} (certification de niveau ${n}), déduite de l'avance de la 1re année.`, parametres };
}

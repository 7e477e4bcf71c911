import { civilDepuisJour } from "@communs-opco/dates";
import { jourDesParties, joursDuMois } from "../dates/calendrierEnJours";

/**
 * Premier jour où une personne née le jour `naissance` a `annees` ans révolus (au sens de
 * `ageRevolu` : le 29 février, l'anniversaire d'une année non bissextile tombe le 1er mars), en
 * numéro de jour entier. `age >= annees` équivaut à `jour >= anniversaireAuJour(naissance, annees)`.
 * `NaN` reste `NaN`.
 *
 * @example
 * ```ts
 * anniversaireAuJour(joursDepuisEpoque("2008-02-29"), 17) === joursDepuisEpoque("2025-03-01"); // true
 * ```
 */
export function anniversaireAuJour(naissance: number, annees: number): number {
  if (!Number.isFinite(naissance)) return Number.NaN;
  if (naissance !== derniereNaissance) {
    // Plusieurs gardes d'un même contrat lisent l'anniversaire de la même naissance : la date civile
    // de la dernière naissance est retenue (calcul pur, même résultat).
    const p = civilDepuisJour(naissance);
    derniereNaissance = naissance;
    anneeNaissance = p.annee;
    moisNaissance = p.mois;
    jourNaissance = p.jourDuMois;
  }
  const annee = anneeNaissance + annees;
  if (jourNaissance > joursDuMois(annee, moisNaissance)) return jourDesParties(annee, moisNaissance + 1, 1);
  return jourDesParties(annee, moisNaissance, jourNaissance);
}

let derniereNaissance = Number.NaN;
let anneeNaissance = 0;
let moisNaissance = 0;
let jourNaissance = 0;

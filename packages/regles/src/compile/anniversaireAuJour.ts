import { jourDesParties, joursDuMois } from "../dates/calendrierEnJours";
import { DateCivileRetenue } from "./DateCivileRetenue";

/** Plusieurs gardes d'un même contrat lisent l'anniversaire de la même naissance. */
const naissances = new DateCivileRetenue();

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
  const { annee: anneeNaissance, mois: moisNaissance, jourDuMois: jourNaissance } = naissances.de(naissance);
  const annee = anneeNaissance + annees;
  if (jourNaissance > joursDuMois(annee, moisNaissance)) return jourDesParties(annee, moisNaissance + 1, 1);
  return jourDesParties(annee, moisNaissance, jourNaissance);
}


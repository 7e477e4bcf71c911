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
  const p = civilDepuisJour(naissance); // une seule allocation (lu par plusieurs gardes par contrat)
  const annee = p.annee + annees;
  if (p.jourDuMois > joursDuMois(annee, p.mois)) return jourDesParties(annee, p.mois + 1, 1);
  return jourDesParties(annee, p.mois, p.jourDuMois);
}

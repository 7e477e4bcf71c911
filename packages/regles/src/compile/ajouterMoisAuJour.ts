import { jourDesParties, joursDuMois } from "../dates/calendrierEnJours";
import { DateCivileRetenue } from "./DateCivileRetenue";

/** Les gardes d'un même contrat partent souvent du même jour (début du contrat). */
const depart = new DateCivileRetenue();

/**
 * Même jour, `mois` mois plus tard (ou plus tôt), en numéros de jour entiers ; le jour est ramené au
 * dernier jour du mois d'arrivée s'il n'y existe pas (31 janvier + 1 mois → 28 ou 29 février),
 * comme `ajouterMois` sur les dates `AAAA-MM-JJ`. `NaN` reste `NaN`.
 *
 * @example
 * ```ts
 * ajouterMoisAuJour(joursDepuisEpoque("2025-01-31"), 1) === joursDepuisEpoque("2025-02-28"); // true
 * ```
 */
export function ajouterMoisAuJour(jour: number, mois: number): number {
  if (!Number.isFinite(jour)) return Number.NaN;
  const { annee: anneeDepart, mois: moisDepart, jourDuMois: jourDepart } = depart.de(jour);
  const total = anneeDepart * 12 + (moisDepart - 1) + Math.trunc(mois);
  const annee = Math.floor(total / 12);
  const moisArrivee = total - annee * 12 + 1;
  return jourDesParties(annee, moisArrivee, Math.min(jourDepart, joursDuMois(annee, moisArrivee)));
}


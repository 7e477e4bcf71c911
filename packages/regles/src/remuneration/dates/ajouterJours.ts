import type { DateIso } from "./DateIso";
import { formaterDate } from "./formaterDate";
import { joursDansMois } from "./joursDansMois";
import { partiesDate } from "./partiesDate";

/**
 * Ajoute (ou retranche) un nombre entier de jours à une date, en arithmétique de calendrier pure
 * (aucun objet `Date`, aucun fuseau horaire).
 *
 * @example
 * ```ts
 * ajouterJours("2025-03-01", -1); // "2025-02-28"
 * ajouterJours("2024-12-31", 1); // "2025-01-01"
 * ```
 */
export function ajouterJours(date: DateIso, jours: number): DateIso {
  let { annee, mois, jour } = partiesDate(date);
  let reste = jours;
  while (reste > 0) {
    const fin = joursDansMois(annee, mois);
    if (jour + reste <= fin) {
      jour += reste;
      reste = 0;
    } else {
      reste -= fin - jour + 1;
      jour = 1;
      mois += 1;
      if (mois > 12) {
        mois = 1;
        annee += 1;
      }
    }
  }
  while (reste < 0) {
    if (jour + reste >= 1) {
      jour += reste;
      reste = 0;
    } else {
      reste += jour;
      mois -= 1;
      if (mois < 1) {
        mois = 12;
        annee -= 1;
      }
      jour = joursDansMois(annee, mois);
    }
  }
  return formaterDate(annee, mois, jour);
}

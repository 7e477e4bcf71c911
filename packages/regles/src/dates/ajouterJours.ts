import { formaterDate, partiesDate, type PartiesDate } from "./partiesDate";

/**
 * Ajoute (ou retranche) un nombre entier de jours à une date `AAAA-MM-JJ`. Calcul purement
 * calendaire (numéro de jour grégorien), sans objet `Date`, sans fuseau ni horloge.
 *
 * @example
 * ```ts
 * ajouterJours("2026-08-31", 1); // "2026-09-01"
 * ajouterJours("2024-03-01", -1); // "2024-02-29"
 * ```
 */
export function ajouterJours(date: string, jours: number): string {
  return formaterDate(depuisNumeroJour(numeroJour(partiesDate(date)) + Math.trunc(jours)));
}

/** Numéro de jour depuis le 1970-01-01 (algorithme « days from civil »). */
function numeroJour({ annee, mois, jour }: PartiesDate): number {
  const a = mois <= 2 ? annee - 1 : annee;
  const ere = Math.floor(a / 400);
  const anneeEre = a - ere * 400;
  const jourAnnee = Math.floor((153 * (mois + (mois > 2 ? -3 : 9)) + 2) / 5) + jour - 1;
  const jourEre = anneeEre * 365 + Math.floor(anneeEre / 4) - Math.floor(anneeEre / 100) + jourAnnee;
  return ere * 146097 + jourEre - 719468;
}

function depuisNumeroJour(n: number): PartiesDate {
  const z = n + 719468;
  const ere = Math.floor(z / 146097);
  const jourEre = z - ere * 146097;
  const anneeEre = Math.floor((jourEre - Math.floor(jourEre / 1460) + Math.floor(jourEre / 36524) - Math.floor(jourEre / 146096)) / 365);
  const jourAnnee = jourEre - (365 * anneeEre + Math.floor(anneeEre / 4) - Math.floor(anneeEre / 100));
  const mp = Math.floor((5 * jourAnnee + 2) / 153);
  const jour = jourAnnee - Math.floor((153 * mp + 2) / 5) + 1;
  const mois = mp < 10 ? mp + 3 : mp - 9;
  return { annee: anneeEre + ere * 400 + (mois <= 2 ? 1 : 0), mois, jour };
}

import { partiesDate } from "./partiesDate";

/**
 * Âge en années révolues (entières) à une date de référence : l'année est gagnée le jour
 * anniversaire ; une personne née un 29 février gagne son année le 1er mars les années non
 * bissextiles. Renvoie 0 quand la date de référence précède la naissance (âge plancher 0).
 * Les deux dates sont des chaînes `AAAA-MM-JJ` valides (voir `estDateIso`).
 *
 * « 29 ans révolus » (article L6222-1 du code du travail) signifie un âge révolu de 29, soit
 * jusqu'à la veille du 30e anniversaire.
 *
 * @example
 * ```ts
 * ageRevolu("2000-05-12", "2030-05-11"); // 29
 * ageRevolu("2000-05-12", "2030-05-12"); // 30
 * ageRevolu("2008-02-29", "2026-02-28"); // 17 (le 18e anniversaire est le 1er mars 2026)
 * ```
 */
export function ageRevolu(dateNaissance: string, dateReference: string): number {
  const n = partiesDate(dateNaissance);
  const r = partiesDate(dateReference);
  let age = r.annee - n.annee;
  if (r.mois < n.mois || (r.mois === n.mois && r.jour < n.jour)) age -= 1;
  return Math.max(0, age);
}

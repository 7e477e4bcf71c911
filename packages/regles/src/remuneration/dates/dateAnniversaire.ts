import type { DateIso } from "./DateIso";
import { formaterDate } from "./formaterDate";
import { joursDansMois } from "./joursDansMois";
import { partiesDate } from "./partiesDate";

/**
 * Date à laquelle une personne atteint un âge donné. Pour une personne née un 29 février,
 * l'anniversaire d'une année non bissextile est le 1er mars : l'âge n'est révolu qu'une fois la
 * journée du 28 février entièrement écoulée (même convention que les règles d'âge du paquet).
 *
 * @example
 * ```ts
 * dateAnniversaire("2006-09-01", 18); // "2024-09-01"
 * dateAnniversaire("2008-02-29", 18); // "2026-03-01"
 * ```
 */
export function dateAnniversaire(dateNaissance: DateIso, age: number): DateIso {
  const { annee, mois, jour } = partiesDate(dateNaissance);
  const anneeAnniversaire = annee + age;
  if (jour > joursDansMois(anneeAnniversaire, mois)) return formaterDate(anneeAnniversaire, mois + 1, 1);
  return formaterDate(anneeAnniversaire, mois, jour);
}

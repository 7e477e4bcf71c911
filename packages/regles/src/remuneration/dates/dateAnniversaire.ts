import type { DateIso } from "./DateIso";
import { joursDansLeMois } from "../../dates/estDateIso";
import { formaterDate, partiesDate } from "../../dates/partiesDate";

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
  if (jour > joursDansLeMois(anneeAnniversaire, mois)) return formaterDate({ annee: anneeAnniversaire, mois: mois + 1, jour: 1 });
  return formaterDate({ annee: anneeAnniversaire, mois, jour });
}

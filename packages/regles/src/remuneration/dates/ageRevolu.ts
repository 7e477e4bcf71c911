import type { DateIso } from "./DateIso";
import { dateAnniversaire } from "./dateAnniversaire";
import { partiesDate } from "./partiesDate";

/**
 * Âge en années révolues à une date : nombre d'anniversaires atteints au plus tard ce jour-là
 * (voir {@link dateAnniversaire} pour les personnes nées un 29 février).
 *
 * @example
 * ```ts
 * ageRevolu("2006-09-01", "2024-08-31"); // 17
 * ageRevolu("2006-09-01", "2024-09-01"); // 18
 * ```
 */
export function ageRevolu(dateNaissance: DateIso, date: DateIso): number {
  let age = partiesDate(date).annee - partiesDate(dateNaissance).annee;
  if (dateAnniversaire(dateNaissance, age) > date) age -= 1;
  return age;
}

import type { DateIso } from "./DateIso";
import { decomposerDate, type PartiesDate } from "./decomposerDate";

/**
 * Comme {@link decomposerDate}, pour une date déjà validée : lève une erreur de programmation si
 * la date est mal formée (les fonctions publiques valident leurs entrées avant de l'appeler).
 *
 * @example
 * ```ts
 * partiesDate("2024-09-01").mois; // 9
 * ```
 */
export function partiesDate(date: DateIso): PartiesDate {
  const parties = decomposerDate(date);
  if (parties === undefined) throw new RangeError(`date invalide : ${date}`);
  return parties;
}

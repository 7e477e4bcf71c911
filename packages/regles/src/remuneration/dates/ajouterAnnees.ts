import type { DateIso } from "./DateIso";
import { ajouterMois } from "../../dates/ajouterMois";

/**
 * Ajoute un nombre entier d'années à une date (début d'une année d'exécution du contrat). Un
 * 29 février devient le 28 février d'une année non bissextile (article 641 du code de procédure
 * civile : dernier jour du mois à défaut de quantième identique). Pour un âge, utiliser
 * {@link dateAnniversaire}.
 *
 * @example
 * ```ts
 * ajouterAnnees("2024-09-01", 1); // "2025-09-01"
 * ajouterAnnees("2024-02-29", 1); // "2025-02-28"
 * ```
 */
export function ajouterAnnees(date: DateIso, annees: number): DateIso {
  return ajouterMois(date, annees * 12);
}

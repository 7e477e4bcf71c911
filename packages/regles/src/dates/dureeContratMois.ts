import { ajouterJours } from "./ajouterJours";
import { moisEntre } from "./moisEntre";

/**
 * Durée en mois entiers d'une période dont la date de fin est **incluse** (dernier jour du contrat
 * ou de la formation) : mois entiers entre le début et le lendemain de la fin. Un contrat du
 * 1er septembre 2025 au 28 février 2026 dure ainsi 6 mois.
 *
 * Différence avec l'application de référence : elle compte les mois entiers
 * entre le début et la fin sans inclure le dernier jour, et trouve 5 mois pour cet exemple ; la loi
 * (L6222-7-1) vise la durée du contrat, dont le dernier jour fait partie.
 *
 * @example
 * ```ts
 * dureeContratMois("2025-09-01", "2026-02-28"); // 6
 * dureeContratMois("2025-09-01", "2027-08-31"); // 24
 * ```
 */
export function dureeContratMois(debut: string, finIncluse: string): number {
  return moisEntre(debut, ajouterJours(finIncluse, 1));
}

import type { Lecture } from "../Lecture";

/**
 * Date à laquelle lire les paramètres légaux d'un contrat pour les règles de durée et de
 * calendrier : la date de conclusion (`contrat.dateSignature`, la loi applicable au contrat étant
 * celle du jour de sa conclusion), à défaut la date de début d'exécution. Ne trace pas l'absence
 * de la signature (d'autres règles la contrôlent).
 *
 * @example
 * ```ts
 * const date = dateConclusion(new Lecture(contrat)); // "2025-08-20"
 * ```
 */
export function dateConclusion(l: Lecture): string | undefined {
  for (const chemin of ["contrat.dateSignature", "contrat.dateDebutContrat"]) {
    const v = l.brut(chemin);
    if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  }
  return undefined;
}

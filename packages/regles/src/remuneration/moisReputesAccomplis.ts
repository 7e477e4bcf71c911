import { ajouterJours } from "../dates/ajouterJours";
import { moisEntiersEntre } from "./dates/moisEntiersEntre";
import type { EntreeRemuneration } from "./EntreeRemuneration";

/**
 * Nombre de mois que l'apprenti est réputé avoir déjà accomplis au début du contrat, pour sa
 * rémunération (C. trav. D6222-28, contrat plus court que le cycle de formation, R-REM-REDUIT) :
 *
 * - `anneeExecutionDebut` = N donne (N − 1) × 12 mois ;
 * - sinon `dureeCycleFormationMois` donne la différence entre la durée du cycle et la durée du
 *   contrat en mois entiers (0 si le contrat n'est pas plus court) ;
 * - sinon 0.
 *
 * Les dates doivent être valides (voir {@link calculerRemuneration}).
 *
 * @example
 * ```ts
 * moisReputesAccomplis({ dateNaissance: "2004-05-01", dateDebutContrat: "2025-09-01", dateFinContrat: "2026-08-31", dureeCycleFormationMois: 24 }); // 12
 * ```
 */
export function moisReputesAccomplis(entree: EntreeRemuneration): number {
  if (entree.anneeExecutionDebut !== undefined) return (Math.trunc(entree.anneeExecutionDebut) - 1) * 12;
  if (entree.dureeCycleFormationMois === undefined) return 0;
  const dureeContrat = moisEntiersEntre(entree.dateDebutContrat, ajouterJours(entree.dateFinContrat, 1));
  return Math.max(0, Math.trunc(entree.dureeCycleFormationMois) - dureeContrat);
}

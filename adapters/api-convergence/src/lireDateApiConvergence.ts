const HORODATAGE = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

/**
 * Convertit une date de l'API Convergence (`2025-09-01T00:00:00Z`,
 * `2025-09-01T00:00:00+0000`, `2025-09-01T00:00:00+00:00` ou `2025-09-01`) en date
 * ISO `AAAA-MM-JJ`. La date civile écrite est reprise telle quelle (l'API transmet des
 * dates à minuit, pas des instants). Toute autre valeur est renvoyée inchangée pour que
 * le schéma standard la signale.
 *
 * @example
 * ```ts
 * lireDateApiConvergence("2025-09-01T00:00:00+0000"); // "2025-09-01"
 * lireDateApiConvergence("01/09/2025"); // "01/09/2025" (refusée ensuite par le standard)
 * ```
 */
export function lireDateApiConvergence(valeur: unknown): unknown {
  if (typeof valeur !== "string") return valeur;
  const trouve = HORODATAGE.exec(valeur.trim());
  return trouve === null ? valeur : trouve[1];
}

import type { FormeDate } from "./FormeDate.js";

/**
 * Écrit une date standard `AAAA-MM-JJ` dans la forme attendue par l'OPCO : horodatage à
 * minuit (`Z` ou `+0000`) ou date seule (`date`). Toute autre valeur est renvoyée inchangée.
 *
 * @example
 * ```ts
 * ecrireDateApiConvergence("2025-09-01", "Z"); // "2025-09-01T00:00:00Z"
 * ecrireDateApiConvergence("2025-09-01", "+0000"); // "2025-09-01T00:00:00+0000"
 * ecrireDateApiConvergence("2025-09-01", "date"); // "2025-09-01"
 * ```
 */
export function ecrireDateApiConvergence(valeur: unknown, forme: FormeDate = "Z"): unknown {
  if (typeof valeur !== "string" || !/^\d{4}-\d{2}-\d{2}$/u.test(valeur)) return valeur;
  if (forme === "date") return valeur;
  return `${valeur}T00:00:00${forme === "Z" ? "Z" : "+0000"}`;
}

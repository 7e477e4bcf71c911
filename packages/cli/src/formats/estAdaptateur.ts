import type { Adaptateur } from "@communs-opco/adaptateur";

/**
 * Vrai si une valeur exportée par un paquet d'adaptateur implémente le contrat
 * `Adaptateur` (métadonnées avec un nom, fonction `lire`).
 *
 * @example
 * ```ts
 * estAdaptateur(adaptateurDeca); // true
 * estAdaptateur({}); // false
 * ```
 */
export function estAdaptateur(valeur: unknown): valeur is Adaptateur<unknown> {
  if (typeof valeur !== "object" || valeur === null) return false;
  const v = valeur as { metadonnees?: { nom?: unknown; capacites?: unknown }; lire?: unknown };
  return typeof v.lire === "function" && typeof v.metadonnees?.nom === "string" && Array.isArray(v.metadonnees.capacites);
}

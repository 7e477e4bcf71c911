import { heureDeParis } from "@communs-opco/schemas";

/**
 * Convertit un horodatage ISO 8601 (UTC ou avec décalage) en heure de Paris au format
 * AGECAP `yyyy-MM-dd HH:mm:ss` (requête WS03 et `dateMiseAJourStatut`). Renvoie
 * `undefined` pour un horodatage illisible.
 *
 * @example
 * ```ts
 * horodatageAgecap("2025-09-03T08:15:00Z"); // "2025-09-03 10:15:00"
 * ```
 */
export function horodatageAgecap(iso: string): string | undefined {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return undefined;
  const paris = heureDeParis(instant);
  return `${paris.date} ${paris.horaire}`;
}

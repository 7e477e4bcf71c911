const formatParis = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Paris",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

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
  const p = Object.fromEntries(formatParis.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p["year"]}-${p["month"]}-${p["day"]} ${p["hour"]}:${p["minute"]}:${p["second"]}`;
}

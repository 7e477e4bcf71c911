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
 * Date et heure civiles de Paris (fuseau `Europe/Paris`, heure d'été comprise) à un instant
 * donné en millisecondes depuis l'époque Unix : année, mois (1–12), jour, heure (0–23), minute
 * et seconde.
 *
 * @example
 * ```ts
 * heureDeParis(Date.parse("2025-09-03T08:15:00Z")); // { annee: 2025, mois: 9, jour: 3, heure: 10, minute: 15, seconde: 0 }
 * heureDeParis(Date.parse("2025-01-15T23:30:00Z")); // { annee: 2025, mois: 1, jour: 16, heure: 0, minute: 30, seconde: 0 }
 * ```
 */
export function heureDeParis(instant: number): { annee: number; mois: number; jour: number; heure: number; minute: number; seconde: number } {
  const parties = formatParis.formatToParts(instant);
  const valeur = (type: Intl.DateTimeFormatPartTypes): number => Number(parties.find((x) => x.type === type)?.value);
  return { annee: valeur("year"), mois: valeur("month"), jour: valeur("day"), heure: valeur("hour"), minute: valeur("minute"), seconde: valeur("second") };
}

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
 * et seconde, ainsi que la date `AAAA-MM-JJ` et l'horaire `HH:MM:SS` écrits.
 *
 * @example
 * ```ts
 * import { heureDeParis } from "@communs-opco/dates";
 *
 * heureDeParis(Date.parse("2025-09-03T08:15:00Z"));
 * // { annee: 2025, mois: 9, jour: 3, heure: 10, minute: 15, seconde: 0, date: "2025-09-03", horaire: "10:15:00" }
 * heureDeParis(Date.parse("2025-01-15T23:30:00Z")).date; // "2025-01-16"
 * ```
 */
export function heureDeParis(instant: number): { annee: number; mois: number; jour: number; heure: number; minute: number; seconde: number; date: string; horaire: string } {
  const parties = formatParis.formatToParts(instant);
  const texte = (type: Intl.DateTimeFormatPartTypes): string => parties.find((x) => x.type === type)?.value ?? "";
  const annee = texte("year");
  const mois = texte("month");
  const jour = texte("day");
  const heure = texte("hour");
  const minute = texte("minute");
  const seconde = texte("second");
  return {
    annee: Number(annee),
    mois: Number(mois),
    jour: Number(jour),
    heure: Number(heure),
    minute: Number(minute),
    seconde: Number(seconde),
    date: `${annee.padStart(4, "0")}-${mois}-${jour}`,
    horaire: `${heure}:${minute}:${seconde}`,
  };
}

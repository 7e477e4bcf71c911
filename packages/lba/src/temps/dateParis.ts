import { heureDeParis } from "@communs-opco/dates";

/**
 * Date et heure civiles à Paris d'un instant.
 *
 * @example
 * ```ts
 * const paris: DateHeureParis = { date: "2026-03-29", heure: "03:00:00", decalageMinutes: 120 };
 * ```
 */
export interface DateHeureParis {
  /** Date civile `AAAA-MM-JJ` à Paris. */
  readonly date: string;
  /** Heure civile `HH:MM:SS` à Paris. */
  readonly heure: string;
  /** Décalage de Paris sur UTC à cet instant, en minutes (60 en hiver, 120 en été). */
  readonly decalageMinutes: number;
}

/**
 * Date et heure civiles à Paris (fuseau `Europe/Paris`, heure d'été comprise) d'un instant
 * ISO 8601 ou d'un nombre de millisecondes depuis l'époque Unix. La bonne alternance raisonne en
 * heure de Paris (début de journée, relances à 9 h 20).
 *
 * @returns `undefined` si l'instant est illisible.
 * @example
 * ```ts
 * dateParis("2026-06-30T22:30:00Z"); // { date: "2026-07-01", heure: "00:30:00", decalageMinutes: 120 }
 * ```
 */
export function dateParis(instant: string | number): DateHeureParis | undefined {
  const ms = typeof instant === "number" ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) return undefined;
  const paris = heureDeParis(ms);
  const murale = Date.UTC(paris.annee, paris.mois - 1, paris.jour, paris.heure, paris.minute, paris.seconde);
  const decalageMinutes = Math.round((murale - (ms - (ms % 1000 + 1000) % 1000)) / 60_000);
  return { date: paris.date, heure: paris.horaire, decalageMinutes };
}

import { dateParis } from "./dateParis";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HEURE = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

function deuxChiffres(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * Instant ISO 8601 (avec le décalage de Paris, ex. `+01:00`) correspondant à une date et une heure
 * civiles à Paris. Pendant l'heure sautée du passage à l'heure d'été, l'heure est décalée d'une
 * heure ; pendant l'heure répétée de l'automne, la première occurrence est retenue.
 *
 * @param date - date civile `AAAA-MM-JJ`.
 * @param heure - heure civile `HH:MM` ou `HH:MM:SS`. @default "00:00:00"
 * @returns l'instant, ou `undefined` si la date ou l'heure est mal formée ou inexistante.
 * @example
 * ```ts
 * instantParis("2026-01-15", "09:20"); // "2026-01-15T09:20:00+01:00"
 * instantParis("2026-07-01"); // "2026-07-01T00:00:00+02:00"
 * ```
 */
export function instantParis(date: string, heure = "00:00:00"): string | undefined {
  const d = DATE.exec(date);
  const h = HEURE.exec(heure);
  if (d === null || h === null) return undefined;
  const annee = Number(d[1]);
  const mois = Number(d[2]);
  const jour = Number(d[3]);
  const heures = Number(h[1]);
  const minutes = Number(h[2]);
  const secondes = Number(h[3] ?? "0");
  if (heures > 23 || minutes > 59 || secondes > 59) return undefined;
  const murale = Date.UTC(annee, mois - 1, jour, heures, minutes, secondes);
  const verification = new Date(murale);
  if (verification.getUTCFullYear() !== annee || verification.getUTCMonth() !== mois - 1 || verification.getUTCDate() !== jour) {
    return undefined;
  }
  // Deux passes : le décalage dépend de l'instant que l'on cherche.
  const decalage1 = dateParis(murale - 60 * 60_000)?.decalageMinutes ?? 60;
  const decalage2 = dateParis(murale - decalage1 * 60_000)?.decalageMinutes ?? decalage1;
  const instant = murale - decalage2 * 60_000;
  const paris = dateParis(instant);
  if (paris === undefined) return undefined;
  const signe = paris.decalageMinutes >= 0 ? "+" : "-";
  const abs = Math.abs(paris.decalageMinutes);
  return `${paris.date}T${paris.heure}${signe}${deuxChiffres(Math.floor(abs / 60))}:${deuxChiffres(abs % 60)}`;
}

/**
 * Date au format PDF `D:AAAAMMJJHHmmSS+00'00'` (UTC), comme l'entrée `/M` d'une signature.
 *
 * @example
 * ```ts
 * datePdf(new Date("2026-09-01T10:00:00Z")); // "D:20260901100000+00'00'"
 * ```
 */
export function datePdf(date: Date): string {
  const iso = date.toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}

/**
 * Lit une date PDF (`D:AAAAMMJJHHmmSS` suivie d'un décalage `Z`, `+HH'mm'` ou `-HH'mm'`) ;
 * `undefined` si elle est illisible.
 *
 * @example
 * ```ts
 * lireDatePdf("D:20260901120000+02'00'")?.toISOString(); // "2026-09-01T10:00:00.000Z"
 * ```
 */
export function lireDatePdf(texte: string): Date | undefined {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz])|([+-])(\d{2})'?(\d{2})?'?)?/u.exec(texte.trim());
  if (m === null) return undefined;
  const [an, mois = "01", jour = "01", heure = "00", minute = "00", seconde = "00"] = m.slice(1, 7);
  let decalage = 0;
  if (m[8] !== undefined) decalage = (m[8] === "-" ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10] ?? "0"));
  const ms = Date.UTC(Number(an), Number(mois) - 1, Number(jour), Number(heure), Number(minute), Number(seconde)) - decalage * 60_000;
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

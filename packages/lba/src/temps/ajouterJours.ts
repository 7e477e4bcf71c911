const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Ajoute (ou retire) des jours à une date civile `AAAA-MM-JJ`.
 *
 * @returns la date, ou `undefined` si la date est mal formée ou inexistante.
 * @example
 * ```ts
 * ajouterJours("2026-03-01", -1); // "2026-02-28"
 * ```
 */
export function ajouterJours(date: string, jours: number): string | undefined {
  const m = DATE.exec(date);
  if (m === null || !Number.isInteger(jours)) return undefined;
  const annee = Number(m[1]);
  const mois = Number(m[2]) - 1;
  const jour = Number(m[3]);
  const controle = new Date(Date.UTC(annee, mois, jour));
  if (controle.getUTCMonth() !== mois || controle.getUTCDate() !== jour) return undefined;
  return new Date(Date.UTC(annee, mois, jour + jours)).toISOString().slice(0, 10);
}

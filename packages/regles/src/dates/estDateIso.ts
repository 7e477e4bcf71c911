const FORME_DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Indique si une valeur est une date calendaire `AAAA-MM-JJ` qui existe (le 29 février seulement
 * les années bissextiles, pas de 31 avril).
 *
 * @example
 * ```ts
 * estDateIso("2024-02-29"); // true
 * estDateIso("2023-02-29"); // false
 * estDateIso("12/05/2024"); // false
 * ```
 */
export function estDateIso(valeur: unknown): valeur is string {
  if (typeof valeur !== "string") return false;
  const m = FORME_DATE_ISO.exec(valeur);
  if (m === null) return false;
  const annee = Number(m[1]);
  const mois = Number(m[2]);
  const jour = Number(m[3]);
  if (mois < 1 || mois > 12 || jour < 1) return false;
  return jour <= joursDansLeMois(annee, mois);
}

/**
 * Nombre de jours d'un mois (1 à 12) d'une année, années bissextiles grégoriennes comprises.
 *
 * @example
 * ```ts
 * joursDansLeMois(2024, 2); // 29
 * joursDansLeMois(2100, 2); // 28
 * ```
 */
export function joursDansLeMois(annee: number, mois: number): number {
  if (mois === 2) {
    const bissextile = (annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0;
    return bissextile ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(mois) ? 30 : 31;
}

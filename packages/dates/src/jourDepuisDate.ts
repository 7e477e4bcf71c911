/**
 * Convertit une date `AAAA-MM-JJ` en numéro de jour (jours écoulés depuis le 1970-01-01, calendrier
 * grégorien proleptique, sans fuseau horaire). Renvoie `NaN` pour une chaîne mal formée ou une date
 * qui n'existe pas (2025-02-30). Calcul purement arithmétique : aucun objet `Date`.
 *
 * @example
 * ```ts
 * jourDepuisDate("1970-01-02"); // 1
 * jourDepuisDate("2025-03-06"); // 20153
 * jourDepuisDate("2025-02-30"); // NaN
 * ```
 */
export function jourDepuisDate(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return Number.NaN;
  const a = chiffres(date, 0, 4);
  const m = chiffres(date, 5, 7);
  const j = chiffres(date, 8, 10);
  if (a < 0 || m < 1 || m > 12 || j < 1) return Number.NaN;
  if (j > joursDansLeMois(a, m)) return Number.NaN;
  return joursDepuisCivil(a, m, j);
}

function chiffres(texte: string, debut: number, fin: number): number {
  let valeur = 0;
  for (let i = debut; i < fin; i++) {
    const c = texte.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    valeur = valeur * 10 + c;
  }
  return valeur;
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
  if (mois === 2) return (annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0 ? 29 : 28;
  return mois === 4 || mois === 6 || mois === 9 || mois === 11 ? 30 : 31;
}

/**
 * Jours depuis le 1970-01-01 d'une date civile (algorithme « days from civil » par ères de 400 ans),
 * sans contrôle de validité.
 *
 * @example
 * ```ts
 * joursDepuisCivil(2025, 3, 6); // 20153
 * ```
 */
export function joursDepuisCivil(a: number, m: number, j: number): number {
  const annee = m <= 2 ? a - 1 : a;
  const ere = Math.floor(annee / 400);
  const anneeDansEre = annee - ere * 400;
  const moisDecale = m > 2 ? m - 3 : m + 9;
  const jourDansAnnee = Math.floor((153 * moisDecale + 2) / 5) + j - 1;
  const jourDansEre = anneeDansEre * 365 + Math.floor(anneeDansEre / 4) - Math.floor(anneeDansEre / 100) + jourDansAnnee;
  return ere * 146097 + jourDansEre - 719468;
}

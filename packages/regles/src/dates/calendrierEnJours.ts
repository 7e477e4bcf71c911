/**
 * Parties (année, mois, jour) du calendrier grégorien proleptique d'un numéro de jour entier
 * (jours écoulés depuis le 1970-01-01).
 *
 * @example
 * ```ts
 * partiesDuJour(0); // { annee: 1970, mois: 1, jour: 1 }
 * ```
 */
export function partiesDuJour(numero: number): { annee: number; mois: number; jour: number } {
  const z = numero + 719468;
  const ere = Math.floor(z / 146097);
  const jourEre = z - ere * 146097;
  const anneeEre = Math.floor((jourEre - Math.floor(jourEre / 1460) + Math.floor(jourEre / 36524) - Math.floor(jourEre / 146096)) / 365);
  const jourAnnee = jourEre - (365 * anneeEre + Math.floor(anneeEre / 4) - Math.floor(anneeEre / 100));
  const mp = Math.floor((5 * jourAnnee + 2) / 153);
  const jour = jourAnnee - Math.floor((153 * mp + 2) / 5) + 1;
  const mois = mp < 10 ? mp + 3 : mp - 9;
  return { annee: anneeEre + ere * 400 + (mois <= 2 ? 1 : 0), mois, jour };
}

/**
 * Numéro de jour entier d'une date du calendrier grégorien proleptique (parties supposées valides).
 *
 * @example
 * ```ts
 * jourDesParties(1970, 1, 2); // 1
 * ```
 */
export function jourDesParties(annee: number, mois: number, jour: number): number {
  const a = mois <= 2 ? annee - 1 : annee;
  const ere = Math.floor(a / 400);
  const anneeEre = a - ere * 400;
  const jourAnnee = Math.floor((153 * (mois + (mois > 2 ? -3 : 9)) + 2) / 5) + jour - 1;
  return ere * 146097 + anneeEre * 365 + Math.floor(anneeEre / 4) - Math.floor(anneeEre / 100) + jourAnnee - 719468;
}

/**
 * Nombre de jours du mois.
 *
 * @example
 * ```ts
 * joursDuMois(2024, 2); // 29
 * ```
 */
export function joursDuMois(annee: number, mois: number): number {
  if (mois === 2) return (annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0 ? 29 : 28;
  return mois === 4 || mois === 6 || mois === 9 || mois === 11 ? 30 : 31;
}

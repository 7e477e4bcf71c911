import { civilDepuisJour } from "@communs-opco/dates";

// Calendrier en numéros de jour : celui de `@communs-opco/dates`, sous les noms qu'emploie le
// moteur compilé (`src/compile/`).
export { joursDepuisCivil as jourDesParties, joursDansLeMois as joursDuMois } from "@communs-opco/dates";

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
  const c = civilDepuisJour(numero);
  return { annee: c.annee, mois: c.mois, jour: c.jourDuMois };
}

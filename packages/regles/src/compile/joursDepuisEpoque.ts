import { jourDesParties, joursDuMois } from "../dates/calendrierEnJours";

/**
 * Numéro de jour entier (jours écoulés depuis le 1970-01-01) d'une date `AAAA-MM-JJ` valide ;
 * `NaN` pour toute autre valeur (absente, mal formée, inexistante comme le 2025-02-30). Deux dates
 * valides se comparent comme leurs numéros de jour, et `NaN` rend fausse toute comparaison : une
 * garde compilée qui lit une date invalide échoue donc toujours et laisse la règle l'expliquer.
 *
 * @example
 * ```ts
 * joursDepuisEpoque("1970-01-02"); // 1
 * joursDepuisEpoque("2025-02-30"); // NaN
 * ```
 */
export function joursDepuisEpoque(valeur: unknown): number {
  if (typeof valeur !== "string" || valeur.length !== 10 || valeur.charCodeAt(4) !== 45 || valeur.charCodeAt(7) !== 45) return Number.NaN;
  const annee = chiffres(valeur, 0, 4);
  const mois = chiffres(valeur, 5, 7);
  const jour = chiffres(valeur, 8, 10);
  if (annee < 0 || mois < 1 || mois > 12 || jour < 1 || jour > joursDuMois(annee, mois)) return Number.NaN;
  return jourDesParties(annee, mois, jour);
}

/** Entier lu dans `texte[debut, fin)` s'il n'est fait que de chiffres ASCII ; -1 sinon. */
function chiffres(texte: string, debut: number, fin: number): number {
  let n = 0;
  for (let i = debut; i < fin; i++) {
    const c = texte.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

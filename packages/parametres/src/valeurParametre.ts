import type { Parametre, ParametreConsulte } from "./Parametre";

const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Vrai pour une date `AAAA-MM-JJ` qui existe au calendrier (mois 01-12, jour dans le mois, 29/02 des années bissextiles). */
function estDateCalendaire(date: string): boolean {
  const m = DATE_ISO.exec(date);
  if (m === null) return false;
  const annee = Number(m[1]);
  const mois = Number(m[2]);
  const jour = Number(m[3]);
  if (mois < 1 || mois > 12 || jour < 1) return false;
  const bissextile = (annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0;
  const joursParMois = [31, bissextile ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return jour <= joursParMois[mois - 1]!;
}

/**
 * Renvoie la valeur d'un paramètre en vigueur à une date `AAAA-MM-JJ` : la dernière valeur dont
 * la date d'effet est antérieure ou égale à la date. La veille d'un changement donne l'ancienne
 * valeur, le jour même la nouvelle. Renvoie `undefined` avant la première date d'effet ou pour
 * une date mal formée ou inexistante comme `2025-02-30` (jamais d'exception : une règle en fait un constat « indéterminé »).
 *
 * @example
 * ```ts
 * import { valeurParametre, smicHoraireMetropole } from "@communs-opco/parametres";
 * valeurParametre(smicHoraireMetropole, "2025-12-31")?.valeur; // 11.88
 * valeurParametre(smicHoraireMetropole, "2026-01-01")?.valeur; // 12.02
 * ```
 */
export function valeurParametre<T>(parametre: Parametre<T>, date: string): ParametreConsulte<T> | undefined {
  if (!estDateCalendaire(date)) return undefined;
  const valeurs = parametre.valeurs;
  // Recherche dichotomique de la dernière date d'effet <= date (les dates ISO se comparent comme des chaînes).
  let bas = 0;
  let haut = valeurs.length - 1;
  let trouve = -1;
  while (bas <= haut) {
    const milieu = (bas + haut) >> 1;
    if (valeurs[milieu]!.dateEffet <= date) {
      trouve = milieu;
      bas = milieu + 1;
    } else {
      haut = milieu - 1;
    }
  }
  if (trouve < 0) return undefined;
  const v = valeurs[trouve]!;
  return {
    id: parametre.id,
    valeur: v.valeur,
    unite: parametre.unite,
    dateEffet: v.dateEffet,
    references: v.references,
    statut: v.statut,
    verifiedOn: v.verifiedOn,
  };
}

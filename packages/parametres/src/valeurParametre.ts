import type { Parametre, ParametreConsulte } from "./Parametre";

const DATE_ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Renvoie la valeur d'un paramètre en vigueur à une date `AAAA-MM-JJ` : la dernière valeur dont
 * la date d'effet est antérieure ou égale à la date. La veille d'un changement donne l'ancienne
 * valeur, le jour même la nouvelle. Renvoie `undefined` avant la première date d'effet ou pour
 * une date mal formée (jamais d'exception : une règle en fait un constat « indéterminé »).
 *
 * @example
 * ```ts
 * import { valeurParametre, smicHoraireMetropole } from "@communs-opco/parametres";
 * valeurParametre(smicHoraireMetropole, "2025-12-31")?.valeur; // 11.88
 * valeurParametre(smicHoraireMetropole, "2026-01-01")?.valeur; // 12.02
 * ```
 */
export function valeurParametre<T>(parametre: Parametre<T>, date: string): ParametreConsulte<T> | undefined {
  if (!DATE_ISO.test(date)) return undefined;
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

import { type ParametreConsulte, smicMensuelMayotte, smicMensuelMetropole, valeurParametre } from "@communs-opco/parametres";
import type { DateIso } from "./dates/DateIso";
import { estMayotte } from "./estMayotte";

/**
 * SMIC mensuel brut (35 h) en vigueur à une date pour le territoire de l'employeur : la valeur de
 * la dernière date d'effet antérieure ou égale à la date, métropole ou Mayotte (département 976).
 * Renvoie `undefined` avant la première valeur connue (jamais de repli silencieux).
 *
 * @example
 * ```ts
 * smicMensuelEnVigueur("2024-09-01", "75")?.valeur; // 1766.92
 * smicMensuelEnVigueur("2024-09-01", "976")?.valeur; // 1334.67
 * ```
 */
export function smicMensuelEnVigueur(date: DateIso, departement: string | undefined): ParametreConsulte<number> | undefined {
  return valeurParametre(estMayotte(departement) ? smicMensuelMayotte : smicMensuelMetropole, date);
}

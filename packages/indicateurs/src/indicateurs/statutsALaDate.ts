import { jourDepuisDate } from "@communs-opco/dates";
import { anneesScolairesALaDate } from "./anneesScolairesALaDate";
import type { TableEffectifs } from "./TableEffectifs";

/**
 * Codes d'exclusion de {@link statutsALaDate} (au-delà des codes de statut 0 à 4).
 *
 * @example
 * ```ts
 * statuts[i] === EXCLUSION.NON_DEMARRE; // formation pas encore commencée à la date
 * ```
 */
export const EXCLUSION = {
  /** Aucune étape de parcours à la date (formation pas commencée, ou chronologie vide). */
  NON_DEMARRE: 255,
  /** Année scolaire différente de `Y-Y` et de l'année scolaire de la date. */
  HORS_ANNEE_SCOLAIRE: 254,
  /** Organisme non fiable ou fermé. */
  NON_FIABLE: 253,
  /** Dates inexploitables. */
  ILLISIBLE: 252,
} as const;

/**
 * Options des statuts à une date.
 *
 * @example
 * ```ts
 * const o: OptionsStatutsALaDate = { filtrerAnneeScolaire: false };
 * ```
 */
export interface OptionsStatutsALaDate {
  /** Filtre d'année scolaire du Tableau de bord (défaut : vrai ; un effectif sans année scolaire est retenu). */
  filtrerAnneeScolaire?: boolean | undefined;
  /** Écarter les organismes non fiables (défaut : vrai). */
  filtrerFiabilite?: boolean | undefined;
}

/**
 * Étape 1 des indicateurs : pour chaque effectif, le code du dernier statut du parcours daté au plus
 * tard à `date` (`dernierStatut`, `indicateurs.md` §5.1) et le jour où il a commencé, ou un code
 * d'{@link EXCLUSION} expliquant pourquoi il n'est pas compté.
 *
 * @example
 * ```ts
 * const { statuts, depuis } = statutsALaDate(table, "2025-03-06");
 * statuts[0]; // 1 = APPRENTI
 * ```
 */
export function statutsALaDate(table: TableEffectifs, date: string, options: OptionsStatutsALaDate = {}): { statuts: Uint8Array; depuis: Int32Array } {
  const d = jourDepuisDate(date);
  const n = table.taille;
  const statuts = new Uint8Array(n);
  const depuis = new Int32Array(n);
  const { debutsParcours, joursParcours, statutsParcours, fiable } = table;
  const colonneAnnee = table.colonnes.anneeScolaire;
  const anneeRetenue = new Uint8Array(colonneAnnee.valeurs.length);
  const [a1, a2] = anneesScolairesALaDate(date);
  colonneAnnee.valeurs.forEach((v, k) => {
    anneeRetenue[k] = options.filtrerAnneeScolaire === false || v === null || v === a1 || v === a2 ? 1 : 0;
  });
  const codesAnnee = colonneAnnee.codes;
  const filtrerFiabilite = options.filtrerFiabilite !== false;
  for (const ill of table.illisibles) statuts[ill.index] = EXCLUSION.ILLISIBLE;
  for (let i = 0; i < n; i++) {
    if (statuts[i] === EXCLUSION.ILLISIBLE) continue;
    if (anneeRetenue[codesAnnee[i]!] === 0) {
      statuts[i] = EXCLUSION.HORS_ANNEE_SCOLAIRE;
      continue;
    }
    if (filtrerFiabilite && fiable[i] === 0) {
      statuts[i] = EXCLUSION.NON_FIABLE;
      continue;
    }
    const fin = debutsParcours[i + 1]!;
    let k = debutsParcours[i]!;
    if (k === fin || joursParcours[k]! > d) {
      statuts[i] = EXCLUSION.NON_DEMARRE;
      continue;
    }
    while (k + 1 < fin && joursParcours[k + 1]! <= d) k++;
    statuts[i] = statutsParcours[k]!;
    depuis[i] = joursParcours[k]!;
  }
  return { statuts, depuis };
}

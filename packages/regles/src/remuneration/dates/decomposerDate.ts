import type { DateIso } from "./DateIso";
import { joursDansMois } from "./joursDansMois";

/**
 * Année, mois (1-12) et jour d'une date civile.
 *
 * @example
 * ```ts
 * const p: PartiesDate = { annee: 2024, mois: 2, jour: 29 };
 * ```
 */
export interface PartiesDate {
  annee: number;
  mois: number;
  jour: number;
}

const FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Décompose une date `AAAA-MM-JJ` en année, mois et jour ; renvoie `undefined` si le texte n'est
 * pas une date civile existante (`2025-02-29`, `2024-13-01`, `01/09/2024`…).
 *
 * @example
 * ```ts
 * decomposerDate("2024-02-29"); // { annee: 2024, mois: 2, jour: 29 }
 * decomposerDate("2025-02-29"); // undefined
 * ```
 */
export function decomposerDate(date: DateIso): PartiesDate | undefined {
  const m = FORMAT.exec(date);
  if (m === null) return undefined;
  const annee = Number(m[1]);
  const mois = Number(m[2]);
  const jour = Number(m[3]);
  if (mois < 1 || mois > 12 || jour < 1 || jour > joursDansMois(annee, mois)) return undefined;
  return { annee, mois, jour };
}

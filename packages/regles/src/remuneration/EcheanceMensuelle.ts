import type { ParametreConsulte } from "@communs-opco/parametres";
import type { DateIso } from "./dates/DateIso";

/**
 * Une échéance de l'échéancier mensuel : la part d'un mois civil couverte par une même ligne de
 * rémunération et une même valeur du SMIC, avec le salaire brut mensuel minimal dû sur cette part.
 *
 * @example
 * ```ts
 * const e: EcheanceMensuelle = {
 *   mois: "2026-01", debut: "2026-01-01", fin: "2026-01-31", moisComplet: true, numero: "2.1", annee: 2,
 *   taux: 39, base: "SMIC", smic: { dateEffet: "2026-01-01", mensuel: 1823.03 }, baseMensuelle: 1823.03,
 *   salaireBrut: 710.99, parametres: [],
 * };
 * ```
 */
export interface EcheanceMensuelle {
  /** Mois civil `AAAA-MM`. */
  mois: string;
  debut: DateIso;
  fin: DateIso;
  /** Vrai si l'échéance couvre tout le mois civil (sinon, le prorata est laissé à la paie). */
  moisComplet: boolean;
  /** Ligne de rémunération du contrat (« 1.1 »…). */
  numero: string;
  annee: number;
  /** Taux minimal de la ligne (% de la base). */
  taux: number;
  base: "SMIC" | "SMC";
  /** SMIC en vigueur sur cette part du mois. */
  smic: { dateEffet: DateIso; mensuel: number };
  /** Montant mensuel de la base retenue, en euros. */
  baseMensuelle: number;
  /** Salaire brut mensuel minimal (taux × base, arrondi au centime supérieur), en euros, pour un mois entier. */
  salaireBrut: number;
  /** Paramètre SMIC consulté (valeur, date d'effet, références). */
  parametres: ParametreConsulte<unknown>[];
}

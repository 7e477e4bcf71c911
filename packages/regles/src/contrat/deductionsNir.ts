import { decomposerNir } from "@communs-opco/identifiants";
import { estDateIso } from "../dates/estDateIso";

/**
 * Données déduites d'un NIR valide pour pré-remplir le CERFA (R-NIR-FILL).
 *
 * @example
 * ```ts
 * const d: DeductionsNir = { sexe: "F", dateNaissanceApprochee: "2007-03-01", approximative: true };
 * ```
 */
export interface DeductionsNir {
  sexe: "M" | "F";
  /**
   * Date de naissance approchée : le 1er du mois codé dans le NIR (le jour n'y figure pas) ;
   * absente quand le mois est inconnu ou fictif.
   */
  dateNaissanceApprochee?: string;
  /** Toujours vrai : le jour de naissance n'est pas connu, la date doit être confirmée. */
  approximative: true;
}

/**
 * Déduit d'un NIR valide le sexe et une date de naissance approchée, pour pré-remplir un
 * formulaire (R-NIR-FILL, proposition de la spécification) : siècle 20xx quand l'année du NIR est
 * inférieure à l'année (sur 2 chiffres) de la date d'évaluation moins 14, 19xx sinon. La date
 * d'évaluation est une donnée d'entrée (pas d'horloge). `undefined` pour un NIR invalide.
 *
 * @example
 * ```ts
 * deductionsNir("207037511123430", "2025-08-25");
 * // { sexe: "F", dateNaissanceApprochee: "2007-03-01", approximative: true }
 * ```
 */
export function deductionsNir(nir: string, dateEvaluation: string): DeductionsNir | undefined {
  const d = decomposerNir(nir);
  if (d === null || !estDateIso(dateEvaluation)) return undefined;
  const resultat: DeductionsNir = { sexe: d.sexe, approximative: true };
  if (d.moisConnu) {
    const anneeNir = Number(d.anneeNaissance);
    const pivot = (Number(dateEvaluation.slice(2, 4)) - 14 + 100) % 100;
    const siecle = anneeNir < pivot ? "20" : "19";
    resultat.dateNaissanceApprochee = `${siecle}${d.anneeNaissance}-${d.moisNaissance}-01`;
  }
  return resultat;
}

import { civilDepuisJour } from "@communs-opco/dates";

/**
 * Date civile du dernier numéro de jour demandé, retenue : plusieurs gardes d'un même contrat partent
 * souvent du même jour (début du contrat, naissance de l'apprenti). Calcul pur, même résultat que
 * `civilDepuisJour` ; une instance par usage, pour que deux suites de jours ne se chassent pas.
 *
 * @example
 * ```ts
 * const depart = new DateCivileRetenue();
 * depart.de(joursDepuisEpoque("2025-01-31")); // { annee: 2025, mois: 1, jourDuMois: 31 }
 * ```
 */
export class DateCivileRetenue {
  #jour = Number.NaN;
  #civile = { annee: 0, mois: 0, jourDuMois: 0 };

  /** Date civile du jour (celle du dernier jour demandé si c'est le même). */
  de(jour: number): { readonly annee: number; readonly mois: number; readonly jourDuMois: number } {
    if (jour !== this.#jour) {
      this.#civile = civilDepuisJour(jour);
      this.#jour = jour;
    }
    return this.#civile;
  }
}

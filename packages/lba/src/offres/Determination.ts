import type { ParametreConsulte } from "@communs-opco/parametres";

/**
 * Résultat d'une règle de cycle de vie : déterminé (avec les paramètres consultés), indéterminé
 * (donnée ou paramètre manquant à la date) ou refusé (opération non permise dans cet état).
 * Les règles ne lèvent jamais d'exception sur une entrée invalide.
 *
 * @example
 * ```ts
 * const d: Determination<string> = { statut: "determine", valeur: "2026-03-01T00:00:00+01:00", parametres: [] };
 * if (d.statut === "determine") console.log(d.valeur);
 * ```
 */
export type Determination<T> =
  | { readonly statut: "determine"; readonly valeur: T; readonly parametres: readonly ParametreConsulte<unknown>[] }
  | { readonly statut: "indetermine"; readonly raison: string; readonly parametres: readonly ParametreConsulte<unknown>[] }
  | { readonly statut: "refuse"; readonly raison: string; readonly parametres: readonly ParametreConsulte<unknown>[] };

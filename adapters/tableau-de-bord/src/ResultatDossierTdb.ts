import type { Effectif } from "@communs-opco/schemas";
import type { AnomalieTdb } from "./AnomalieTdb.js";

/**
 * Issue d'une ligne (ou d'un élément JSON) : `valide` avec l'effectif standard (et ses
 * avertissements ou informations), `invalide` avec au moins une anomalie de gravité
 * `erreur`, ou `illisible` (ligne impossible à découper, élément qui n'est pas un objet).
 *
 * @example
 * ```ts
 * const r: ResultatDossierTdb = { ligne: 2, statut: "invalide", anomalies: [a] };
 * ```
 */
export type ResultatDossierTdb =
  | { readonly ligne: number; readonly statut: "valide"; readonly effectif: Effectif; readonly anomalies: readonly AnomalieTdb[] }
  | { readonly ligne: number; readonly statut: "invalide" | "illisible"; readonly anomalies: readonly AnomalieTdb[] };

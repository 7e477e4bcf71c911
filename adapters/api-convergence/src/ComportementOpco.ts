import type { CapaciteApiOpco } from "./CapaciteApiOpco.js";
import type { OperationApiConvergence } from "./OperationApiConvergence.js";
import type { ToleranceApiConvergence } from "./ToleranceApiConvergence.js";

/**
 * Points d'extension d'un client API Convergence pour les particularités d'un OPCO :
 * - `normaliserReponse` : redresse un corps de réponse (ex. AFDAS renvoie un objet là
 *   où les autres renvoient une liste) ;
 * - `statutsIntrouvable` : statuts HTTP signifiant « dossier introuvable » (404 par
 *   défaut ; OPCO EP répond 400) ;
 * - `capacites` : matrice datée ; une opération non disponible est refusée avant tout
 *   appel réseau (erreur `non_pris_en_charge`) ;
 * - `dateCapacites` : date à laquelle lire la matrice (AAAA-MM-JJ ; sans date, seul
 *   `disponible` compte) ;
 * - `tolerances` : tolérances de lecture activées (toutes par défaut ; un paquet d'OPCO
 *   liste celles qu'il active, les autres variantes donnent une erreur de lecture localisée).
 *
 * @example
 * ```ts
 * const afdas: ComportementOpco = {
 *   normaliserReponse: (corps, operation) => (operation === "liste_dossiers" && !Array.isArray(corps) ? [corps] : corps),
 * };
 * ```
 */
export interface ComportementOpco {
  readonly normaliserReponse?: (corps: unknown, operation: OperationApiConvergence) => unknown;
  readonly statutsIntrouvable?: readonly number[];
  readonly capacites?: readonly CapaciteApiOpco[];
  readonly dateCapacites?: string;
  readonly tolerances?: readonly ToleranceApiConvergence[];
}

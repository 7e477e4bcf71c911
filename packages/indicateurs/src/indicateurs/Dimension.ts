/**
 * Dimensions de ventilation des indicateurs :
 * - territoriales, toujours celles de l'**organisme** formateur : `departement`, `region`, `academie` ;
 * - `organisme` (UAI/SIRET), `formation` (couple RNCP-CFD comme le Tableau de bord), `rncp`, `cfd`, `niveau` ;
 * - `trancheAge` : âge à la date des indicateurs (correction proposée) ; `trancheAgeTdb` : âge à la date
 *   de référence « maintenant » fournie par l'appelant (comportement du Tableau de bord) ;
 * - `opco` : OPCO selon le mode de rattachement choisi (`rncp`, `siret`, `idcc`) ;
 * - `anneeScolaire`.
 *
 * @example
 * ```ts
 * const par: Dimension[] = ["departement", "opco"];
 * ```
 */
export type Dimension =
  | "departement"
  | "region"
  | "academie"
  | "organisme"
  | "formation"
  | "rncp"
  | "cfd"
  | "niveau"
  | "anneeScolaire"
  | "trancheAge"
  | "trancheAgeTdb"
  | "opco";

/**
 * Toutes les dimensions acceptées, dans l'ordre de la documentation.
 *
 * @example
 * ```ts
 * DIMENSIONS.includes("region"); // true
 * ```
 */
export const DIMENSIONS: readonly Dimension[] = [
  "departement",
  "region",
  "academie",
  "organisme",
  "formation",
  "rncp",
  "cfd",
  "niveau",
  "anneeScolaire",
  "trancheAge",
  "trancheAgeTdb",
  "opco",
];

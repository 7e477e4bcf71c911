import type { AliasOpco } from "./AliasOpco";
import type { SlugOpco } from "./SlugOpco";

/**
 * Un des 11 opérateurs de compétences (OPCO) agréés, avec tous ses noms dans les systèmes d'échange.
 *
 * @example
 * ```ts
 * import { opcoParSlug } from "@communs-opco/nomenclatures";
 * const uniformation = opcoParSlug("uniformation");
 * uniformation.designation; // "OPCO de la Cohésion sociale"
 * uniformation.fichierRncpTdb; // "uniformation.csv"
 * ```
 */
export interface Opco {
  /** Identifiant canonique de ce paquet. */
  readonly slug: SlugOpco;
  /** Nom d'usage officiel. */
  readonly nomOfficiel: string;
  /** Désignation longue (champ d'intervention). */
  readonly designation: string;
  /** Secteurs couverts (opco-echanges.md §2.2). */
  readonly secteurs: string;
  /**
   * Fichier de la liste RNCP transmise au Tableau de bord (`shared/data/opco-rncp/`),
   * `null` si l'OPCO n'en a pas transmis.
   */
  readonly fichierRncpTdb: string | null;
  /** Tous les noms employés par les systèmes, à la lettre. */
  readonly alias: readonly AliasOpco[];
}

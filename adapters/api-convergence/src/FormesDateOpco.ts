import type { Confiance } from "./CapaciteApiOpco.js";
import type { FormeDate } from "./FormeDate.js";

/**
 * Forme des dates qu'un OPCO accepte à l'écriture, par charge utile : détail de dossier
 * (`POST /v1|v2/dossiers`), convention (`POST /v1/conventions`), certificat
 * (`POST /v2/certificats`) et rupture déclarée par l'employeur
 * (`POST /v2/dossiers/rupture/employeur`), avec la confiance et la source du constat.
 *
 * @example
 * ```ts
 * const f: FormesDateOpco = { dossier: "Z", convention: "date", certificat: "date", rupture: "date", confiance: "S", source: "opco-echanges.md §1.8" };
 * ```
 */
export interface FormesDateOpco {
  readonly dossier: FormeDate;
  readonly convention: FormeDate;
  readonly certificat: FormeDate;
  readonly rupture: FormeDate;
  readonly confiance: Confiance;
  readonly source: string;
  readonly remarque?: string;
}

/**
 * Formes de dates de la norme telles que la documentation publique les montre :
 * horodatage `…T00:00:00Z` pour les dossiers (lectures observées en `…Z` et `…+0000`),
 * `AAAA-MM-JJ` dans les exemples des conventions et certificats (§1.8, source
 * secondaire) ; la rupture n'a pas d'exemple public : `AAAA-MM-JJ` comme les autres
 * dépôts récents [I]. Reprises par les OPCO qui n'ont pas d'écart connu.
 *
 * @example
 * ```ts
 * FORMES_DATE_DOCUMENTEES.convention; // "date"
 * ```
 */
export const FORMES_DATE_DOCUMENTEES: FormesDateOpco = {
  dossier: "Z",
  convention: "date",
  certificat: "date",
  rupture: "date",
  confiance: "S",
  source: "opco-echanges.md §1.6, §1.8 et §8 ; exemples de conventions et certificats d'une abstraction tierce de la norme",
  remarque: "Forme de la rupture non documentée publiquement [I].",
};

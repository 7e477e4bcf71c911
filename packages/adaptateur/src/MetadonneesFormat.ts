import type { Capacite } from "./Capacite.js";
import type { TypeEnregistrement } from "./TypeEnregistrement.js";

/**
 * Description d'un format d'échange : nom stable utilisé par la CLI (`deca`,
 * `api-convergence:akto`…), libellé, versions prises en charge, OPCO concerné le cas
 * échéant, capacités, type d'enregistrement standard et indices de reconnaissance
 * (extensions de fichier, types MIME).
 *
 * @example
 * ```ts
 * const meta: MetadonneesFormat = {
 *   nom: "deca",
 *   libelle: "Extraction DECA (DGEFP)",
 *   versions: ["extractLBA", "extractTBA"],
 *   capacites: ["lecture", "ecriture", "detection"],
 *   typeEnregistrement: "dossier",
 *   extensions: [".json"],
 * };
 * ```
 */
export interface MetadonneesFormat {
  /** Nom stable, en minuscules ; `famille:opco` pour une variante propre à un OPCO. */
  readonly nom: string;
  readonly libelle: string;
  readonly description?: string;
  /** Versions du format prises en charge (protocole, CERFA, variante). */
  readonly versions: readonly string[];
  /** Slug de l'OPCO quand le format est propre à un OPCO (`akto`, `opco-ep`…). */
  readonly opco?: string;
  readonly capacites: readonly Capacite[];
  readonly typeEnregistrement: TypeEnregistrement;
  /** Extensions de fichier usuelles, avec le point (`.json`, `.txt`, `.pdf`). */
  readonly extensions?: readonly string[];
  readonly typesMime?: readonly string[];
  /**
   * Vrai si le lecteur lit chaque élément d'un tableau JSON racine (et chaque ligne d'un fichier
   * JSON Lines) indépendamment des autres : un gros fichier peut alors lui être donné élément par
   * élément, en flux, sans charger le document entier (`opco controle --format`). Absent : le
   * lecteur a besoin du document entier (taille d'un lot, enveloppe…).
   */
  readonly lectureParElement?: boolean;
}

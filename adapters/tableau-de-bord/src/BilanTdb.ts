import type { AnomalieTdb } from "./AnomalieTdb.js";
import type { ResultatDossierTdb } from "./ResultatDossierTdb.js";

/**
 * Bilan de lecture d'un envoi au Tableau de bord : une issue par ligne ou élément, les
 * comptes (`total = valides + invalides + illisibles`) et les anomalies du fichier
 * entier (en-tête, structure, lignes sans contrat).
 *
 * @example
 * ```ts
 * const b: BilanTdb = await lireTeleversementTdb(octets, { type: "csv" });
 * b.total === b.valides + b.invalides + b.illisibles; // true
 * ```
 */
export interface BilanTdb {
  readonly resultats: readonly ResultatDossierTdb[];
  readonly anomaliesFichier: readonly AnomalieTdb[];
  readonly total: number;
  readonly valides: number;
  readonly invalides: number;
  readonly illisibles: number;
}

import type { SerieEmbauches } from "./SerieEmbauches";

/**
 * Options du modèle prédictif (valeurs par défaut de La bonne boîte, `lba.md` §3.3).
 *
 * @example
 * ```ts
 * const options: OptionsModeleEmbauches = { dateReference: "2026-07-01", serie: "alternance", minimumEtablissements: 50 };
 * ```
 */
export interface OptionsModeleEmbauches {
  /** Date `AAAA-MM-JJ` de calcul : début du semestre à prédire. Jamais l'horloge. */
  readonly dateReference: string;
  /** Série modélisée. @default "alternance" */
  readonly serie?: SerieEmbauches;
  /** Semestres passés servant de caractéristiques. @default 7 */
  readonly semestresCaracteristiques?: number;
  /** Décalage de l'ajustement, en semestres (la cible est le semestre qui commence 2 ans avant la référence). @default 4 */
  readonly decalageEntrainement?: number;
  /** Décalage du test, en semestres (cible : le semestre qui commence 1 an avant la référence). @default 2 */
  readonly decalageTest?: number;
  /** Établissements (avec au moins une embauche) requis pour ajuster un département. @default 50 */
  readonly minimumEtablissements?: number;
}

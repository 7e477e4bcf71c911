import type { ParametreConsulte } from "@communs-opco/parametres";
import type { SeuilsScoreEmbauches } from "../parametres/seuilsScoreEmbauches";
import type { SerieEmbauches } from "./SerieEmbauches";

/**
 * Explication d'un score : caractéristiques, coefficients et contributions, embauches prédites,
 * seuil, modèle du département et paramètres consultés.
 *
 * @example
 * ```ts
 * const principale = (e: ExplicationScore) => [...e.caracteristiques].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))[0];
 * ```
 */
export interface ExplicationScore {
  readonly serie: SerieEmbauches;
  readonly dateReference: string;
  /** Caractéristique, valeur pour l'établissement, coefficient du modèle et contribution (valeur × coefficient). */
  readonly caracteristiques: readonly { readonly nom: string; readonly valeur: number; readonly coefficient: number; readonly contribution: number }[];
  readonly constante: number;
  /** constante + Σ contributions. */
  readonly embauchesPredites: number;
  /** Embauches après arrondi (ce qui est noté). */
  readonly embauchesArrondies: number;
  /** Seuil « bonne boîte » en score et en embauches prédites. */
  readonly seuil: { readonly score: number; readonly embauches: number };
  readonly paliers: SeuilsScoreEmbauches;
  readonly modele: {
    readonly departement: string;
    readonly etablissements: number;
    readonly rmseAjustement: number;
    readonly rmseTest: number;
    /** Caractéristiques écartées (colinéaires) : coefficient nul. */
    readonly ecartees: readonly string[];
  };
  readonly parametres: readonly ParametreConsulte<unknown>[];
}

/**
 * Score prédictif d'un établissement : noté (avec explication), indéterminé (modèle du département
 * non ajustable, paramètre manquant) ou exclu (aucune embauche de la série dans la fenêtre analysée).
 *
 * @example
 * ```ts
 * const note = (s: ScoreEtablissement) => (s.statut === "note" ? s.score : null);
 * ```
 */
export type ScoreEtablissement =
  | {
      readonly statut: "note";
      readonly siret: string;
      readonly departement: string;
      readonly score: number;
      readonly bonneBoite: boolean;
      readonly explication: ExplicationScore;
    }
  | { readonly statut: "indetermine"; readonly siret: string; readonly departement: string; readonly raison: string }
  | { readonly statut: "exclu"; readonly siret: string; readonly departement: string; readonly raison: string };

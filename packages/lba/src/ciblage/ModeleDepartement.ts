import type { RegressionLineaire } from "./ajusterMoindresCarres";
import type { SerieEmbauches } from "./SerieEmbauches";

/**
 * Modèle ajusté pour un département : régression linéaire des embauches du semestre suivant sur
 * les embauches des semestres précédents et l'effectif, avec son erreur de test.
 *
 * @example
 * ```ts
 * const prediction = (m: ModeleDepartement, x: number[]) => m.regression.constante + m.regression.coefficients.reduce((s, c, k) => s + c * (x[k] ?? 0), 0);
 * ```
 */
export interface ModeleDepartement {
  readonly departement: string;
  readonly serie: SerieEmbauches;
  readonly dateReference: string;
  /** Noms des caractéristiques, dans l'ordre des coefficients (`embauches_s1` = semestre le plus récent). */
  readonly caracteristiques: readonly string[];
  readonly regression: RegressionLineaire;
  /** Établissements retenus (au moins une embauche dans la fenêtre analysée). */
  readonly etablissements: number;
  /** RMSE de test (prédiction du semestre commençant 1 an avant la référence). */
  readonly rmseTest: number;
}

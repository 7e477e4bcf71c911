/**
 * Régression linéaire ajustée par moindres carrés ordinaires.
 *
 * @example
 * ```ts
 * const r: RegressionLineaire = { constante: 1.1, coefficients: [1.6], ecartees: [], observations: 4, rmse: 0.3873 };
 * ```
 */
export interface RegressionLineaire {
  /** Ordonnée à l'origine. */
  readonly constante: number;
  /** Un coefficient par caractéristique (0 pour une caractéristique écartée). */
  readonly coefficients: readonly number[];
  /** Indices des caractéristiques écartées car combinaison linéaire des précédentes (ou constantes). */
  readonly ecartees: readonly number[];
  /** Nombre d'observations. */
  readonly observations: number;
  /** Racine de l'erreur quadratique moyenne sur les données d'ajustement. */
  readonly rmse: number;
}

const TOLERANCE = 1e-9;

/**
 * Ajuste y ≈ constante + Σ coefficientₖ · xₖ par moindres carrés ordinaires, sous forme close :
 * résolution des équations normales (XᵀX) β = Xᵀy par élimination de Gauss-Jordan avec pivot
 * partiel, sur des caractéristiques centrées (meilleure stabilité numérique), la constante étant
 * déduite des moyennes. Une caractéristique dont le pivot s'annule (constante, ou combinaison
 * linéaire des précédentes) est écartée avec un coefficient nul : la solution reste un minimum des
 * moindres carrés. Aucune exception : sans observation, tout vaut 0.
 *
 * @param x - une ligne par observation, une colonne par caractéristique.
 * @param y - la cible de chaque observation.
 * @example
 * ```ts
 * // x̄ = 1,5 ; ȳ = 3,5 ; Sxy = 8 ; Sxx = 5 → pente 1,6 ; constante 3,5 − 1,6 × 1,5 = 1,1
 * ajusterMoindresCarres([[0], [1], [2], [3]], [1, 3, 4, 6]); // { constante: 1.1, coefficients: [1.6], … }
 * ```
 */
export function ajusterMoindresCarres(x: readonly (readonly number[])[], y: readonly number[]): RegressionLineaire {
  const n = Math.min(x.length, y.length);
  const p = x[0]?.length ?? 0;
  if (n === 0) return { constante: 0, coefficients: new Array<number>(p).fill(0), ecartees: [], observations: 0, rmse: 0 };
  const moyennes = new Array<number>(p).fill(0);
  let moyenneY = 0;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < p; k++) moyennes[k]! += (x[i]![k] ?? 0) / n;
    moyenneY += y[i]! / n;
  }
  // Équations normales sur données centrées : A = XcᵀXc (p × p), b = Xcᵀyc.
  const a: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const b = new Array<number>(p).fill(0);
  for (let i = 0; i < n; i++) {
    const ligne = x[i]!;
    const yc = y[i]! - moyenneY;
    for (let k = 0; k < p; k++) {
      const xk = (ligne[k] ?? 0) - moyennes[k]!;
      b[k]! += xk * yc;
      for (let l = k; l < p; l++) a[k]![l]! += xk * ((ligne[l] ?? 0) - moyennes[l]!);
    }
  }
  for (let k = 0; k < p; k++) for (let l = 0; l < k; l++) a[k]![l] = a[l]![k]!;
  const echelle = Math.max(1, ...a.map((ligne, k) => Math.abs(ligne[k]!)));

  // Gauss-Jordan, pivot choisi dans la colonne parmi les lignes non encore utilisées.
  const pivotDeColonne = new Array<number>(p).fill(-1);
  const ligneUtilisee = new Array<boolean>(p).fill(false);
  const ecartees: number[] = [];
  for (let colonne = 0; colonne < p; colonne++) {
    let meilleure = -1;
    for (let ligne = 0; ligne < p; ligne++) {
      if (ligneUtilisee[ligne]) continue;
      if (meilleure < 0 || Math.abs(a[ligne]![colonne]!) > Math.abs(a[meilleure]![colonne]!)) meilleure = ligne;
    }
    if (meilleure < 0 || Math.abs(a[meilleure]![colonne]!) <= TOLERANCE * echelle) {
      ecartees.push(colonne);
      continue;
    }
    ligneUtilisee[meilleure] = true;
    pivotDeColonne[colonne] = meilleure;
    const pivot = a[meilleure]![colonne]!;
    for (let l = 0; l < p; l++) a[meilleure]![l]! /= pivot;
    b[meilleure]! /= pivot;
    for (let ligne = 0; ligne < p; ligne++) {
      if (ligne === meilleure) continue;
      const facteur = a[ligne]![colonne]!;
      if (facteur === 0) continue;
      for (let l = 0; l < p; l++) a[ligne]![l]! -= facteur * a[meilleure]![l]!;
      b[ligne]! -= facteur * b[meilleure]!;
    }
  }
  // Les colonnes écartées valent 0 : chaque pivot donne directement son coefficient.
  const coefficients = pivotDeColonne.map((ligne) => (ligne < 0 ? 0 : b[ligne]!));
  const constante = moyenneY - coefficients.reduce((somme, c, k) => somme + c * moyennes[k]!, 0);
  let carres = 0;
  for (let i = 0; i < n; i++) {
    const prediction = constante + coefficients.reduce((somme, c, k) => somme + c * (x[i]![k] ?? 0), 0);
    carres += (y[i]! - prediction) ** 2;
  }
  return { constante, coefficients, ecartees, observations: n, rmse: Math.sqrt(carres / n) };
}

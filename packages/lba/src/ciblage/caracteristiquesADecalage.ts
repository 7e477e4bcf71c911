/**
 * Vecteur de caractéristiques d'un établissement pour un décalage donné : embauches des
 * `nombre` semestres qui précèdent le semestre cible (du plus récent au plus ancien), puis l'effectif.
 *
 * @example
 * ```ts
 * caracteristiquesADecalage([5, 4, 3, 2, 1, 0, 0, 0], 1, 3, 12); // [4, 3, 2, 12]
 * ```
 */
export function caracteristiquesADecalage(comptes: readonly number[], decalage: number, nombre: number, effectif: number): number[] {
  const x: number[] = [];
  for (let k = 0; k < nombre; k++) x.push(comptes[decalage + k] ?? 0);
  x.push(effectif);
  return x;
}

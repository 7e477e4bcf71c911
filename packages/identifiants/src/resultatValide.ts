import type { ResultatIdentifiant } from "./ResultatIdentifiant";

/**
 * Construit un résultat de contrôle positif portant la valeur normalisée.
 *
 * @example
 * ```ts
 * resultatValide("0951099D"); // { valide: true, normalise: "0951099D" }
 * ```
 */
export function resultatValide(normalise: string): ResultatIdentifiant {
  return { valide: true, normalise };
}

import { nettoyerSaisie } from "./nettoyerSaisie";

/**
 * Masque un NIR pour l'affichage dans un rapport ou un journal : seul le 1er caractère (sexe)
 * reste lisible, les autres sont remplacés par `*` (la date et le lieu de naissance sont des
 * données personnelles).
 *
 * @example
 * ```ts
 * masquerNir("1 84 12 76 451 089 46"); // "1**************"
 * ```
 */
export function masquerNir(valeur: string): string {
  const nir = nettoyerSaisie(valeur);
  return nir.slice(0, 1) + "*".repeat(Math.max(0, nir.length - 1));
}

/**
 * Nettoie une saisie d'identifiant : supprime les espaces (y compris insécables), les points,
 * les tirets et les traits de soulignement, puis passe les lettres en majuscules.
 * Chaque vérificateur applique ensuite ses propres règles (complément de zéros, préfixe…).
 *
 * @example
 * ```ts
 * nettoyerSaisie(" 356 000 000 09075 "); // "35600000009075"
 * nettoyerSaisie("rncp-34 567"); // "RNCP34567"
 * ```
 */
export function nettoyerSaisie(valeur: string): string {
  return valeur.replace(/[\s.\-_\u00a0\u202f]/g, "").toUpperCase();
}

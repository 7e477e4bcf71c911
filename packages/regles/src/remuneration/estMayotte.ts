/**
 * Vrai si le département de l'employeur est Mayotte (976), où s'applique le SMIC de Mayotte.
 * Accepte aussi un code postal (976xx).
 *
 * @example
 * ```ts
 * estMayotte("976"); // true
 * estMayotte("97600"); // true
 * estMayotte("75"); // false
 * ```
 */
export function estMayotte(departement: string | undefined): boolean {
  if (departement === undefined) return false;
  const code = departement.trim();
  return code === "976" || /^976\d{2}$/.test(code);
}

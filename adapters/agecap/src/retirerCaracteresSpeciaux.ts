/**
 * Remplace par des espaces les caractères qu'AGECAP refuse dans les dénominations et
 * les compléments d'adresse (tout ce qui n'est ni lettre, ni chiffre, ni espace), puis
 * réduit les espaces. Les lettres accentuées sont conservées (l'application de
 * référence les remplaçait aussi : écart documenté).
 *
 * @example
 * ```ts
 * retirerCaracteresSpeciaux("S.A.R.L. L'Épi d'or & Cie"); // "S A R L L Épi d or Cie"
 * ```
 */
export function retirerCaracteresSpeciaux(valeur: string): string {
  return valeur
    .replace(/[^\p{L}\p{N} ]/gu, " ")
    .replace(/ {2,}/gu, " ")
    .trim();
}

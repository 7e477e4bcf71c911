/** États juridiques Légifrance (KALI) d'une convention collective en vigueur, étendue ou non. */
const ETATS_EN_VIGUEUR: ReadonlySet<string> = new Set(["VIGUEUR", "VIGUEUR_ETEN", "VIGUEUR_NON_ETEN"]);

/**
 * Un état juridique Légifrance (KALI) est-il celui d'une convention collective en vigueur ?
 * Vrai pour `VIGUEUR`, `VIGUEUR_ETEN` et `VIGUEUR_NON_ETEN` ; faux pour `ABROGE`, `DENONCE`,
 * `MODIFIE`, `PERIME`, `REMPLACE` et pour un état inconnu ou absent.
 *
 * @example
 * ```ts
 * estEtatConventionEnVigueur("VIGUEUR_ETEN"); // true
 * estEtatConventionEnVigueur("ABROGE"); // false
 * ```
 */
export function estEtatConventionEnVigueur(etat: string | null | undefined): boolean {
  return etat !== null && etat !== undefined && ETATS_EN_VIGUEUR.has(etat);
}

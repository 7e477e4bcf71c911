/**
 * Normalise un code RNCP comme le Tableau de bord : suppression des espaces, points et tirets,
 * majuscules, préfixe `RNCP` ajouté s'il manque ; `undefined` si le résultat n'est pas `RNCP` suivi
 * de 2 à 5 chiffres.
 *
 * @example
 * ```ts
 * normaliserRncp(" rncp 37.714 "); // "RNCP37714"
 * normaliserRncp("19114"); // "RNCP19114"
 * ```
 */
export function normaliserRncp(code: string): string | undefined {
  const texte = code.replace(/[\s.\-]/g, "").toUpperCase();
  const complet = texte.startsWith("RNCP") ? texte : `RNCP${texte}`;
  return /^RNCP\d{2,5}$/.test(complet) ? complet : undefined;
}

/**
 * Complète un numéro de fiche RNCP saisi sans son préfixe (`"37537"` → `"RNCP37537"`),
 * comme le font le CERFA et le Tableau de bord. Le texte doit déjà être en majuscules et
 * sans espaces ; toute autre valeur est renvoyée telle quelle (contrôlée par R-RNCP).
 *
 * @example
 * ```ts
 * normaliserRncp("37537"); // "RNCP37537"
 * normaliserRncp("RNCP37537"); // "RNCP37537"
 * ```
 */
export function normaliserRncp(texte: string): string {
  return /^\d{2,5}$/u.test(texte) ? `RNCP${texte}` : texte;
}

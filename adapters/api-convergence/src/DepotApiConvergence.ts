/**
 * Nature d'un dépôt vers l'API Convergence dont les champs obligatoires sont vérifiés avant
 * l'envoi : convention de formation, certificat de réalisation, rupture déclarée par
 * l'employeur, document PDF.
 *
 * @example
 * ```ts
 * const d: DepotApiConvergence = "certificat";
 * ```
 */
export type DepotApiConvergence = "convention" | "certificat" | "rupture_employeur" | "document";

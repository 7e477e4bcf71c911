/**
 * Contexte d'une évaluation de règles. La date d'évaluation est toujours une donnée d'entrée :
 * aucune règle ne lit l'horloge du système.
 *
 * - `mode` : `controle` (par défaut) ne renvoie que les constats ; `explication` renvoie aussi,
 *   pour chaque règle, son statut (`conforme`, `non_conforme`, `indetermine`, `non_applicable`)
 *   et les paramètres consultés.
 * - `cadre` : `saisie` (par défaut : contrat en cours de saisie ou de modification) ou
 *   `revalidation` (contrat historique revalidé, contrôles avant paiement, import DECA) ; les
 *   règles « saisie uniquement » (*entry-only*) ne s'appliquent pas en revalidation.
 * - `ports` : accès aux sources externes (référentiels, DNS…) des règles asynchrones.
 *
 * @example
 * ```ts
 * const contexte: ContexteEvaluation = { dateEvaluation: "2026-11-26", mode: "explication" };
 * ```
 */
export interface ContexteEvaluation<Ports extends object = Record<string, unknown>> {
  /** Date d'évaluation `AAAA-MM-JJ` (« date du jour » des règles qui en ont besoin). */
  dateEvaluation: string;
  mode?: "controle" | "explication";
  cadre?: "saisie" | "revalidation";
  ports?: Partial<Ports>;
}

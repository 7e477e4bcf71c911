/**
 * La revue juridique du 06/12/2026 : relecture des paramètres du contrat et de la rémunération
 * contre le Code du travail lui-même (et non contre le comportement des applications de
 * référence). Les valeurs qu'elle a corrigées ou créées portent sa date (`verifiedOn`) ; celles dont
 * l'article reste à confirmer sur Légifrance portent `a_verifier` et disent quoi vérifier.
 *
 * @example
 * ```ts
 * import { revueJuridique } from "@communs-opco/parametres";
 * revueJuridique.verifiedOn; // "2026-12-06"
 * ```
 */
export const revueJuridique = {
  verifiedOn: "2026-12-06",
  mention: "Revue juridique du 06/12/2026 contre le Code du travail.",
} as const;

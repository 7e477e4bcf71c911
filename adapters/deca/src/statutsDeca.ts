/**
 * Statuts DECA (`detailsContrat.statut`, `opco-echanges.md` §4.1) et état standard
 * correspondant (§7.1) : `""` = contrat déposé et en vigueur ; « Corrigé » est une
 * correction du contrat déposé (pas un avenant) ; « Annulé » et « Supprimé » deviennent
 * `ANNULE` ; « Rompu » devient `ROMPU`.
 *
 * @example
 * ```ts
 * statutsDeca["Rompu"]; // "ROMPU"
 * ```
 */
export const statutsDeca = {
  "": "DEPOSE",
  "Corrigé": "DEPOSE",
  "Annulé": "ANNULE",
  "Supprimé": "ANNULE",
  Rompu: "ROMPU",
} as const;

/**
 * Statut DECA reçu (valeurs documentées).
 *
 * @example
 * ```ts
 * const s: StatutDeca = "Annulé";
 * ```
 */
export type StatutDeca = keyof typeof statutsDeca;

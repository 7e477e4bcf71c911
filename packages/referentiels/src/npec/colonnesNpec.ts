/**
 * Motifs des en-têtes du référentiel NPEC, toutes éditions confondues (2019 à 2024), appliqués
 * aux libellés normalisés par `normaliserTexte`.
 *
 * @example
 * ```ts
 * colonnesNpec.montant.test("valeur finale"); // true
 * ```
 */
export const colonnesNpec = {
  rncp: /^(code )?rncp$/,
  cfd: /^code (de )?(la )?formation$|^code diplome$/,
  codeCpne: /^code cpne$/,
  libelleCpne: /^(libelle |intitule )?cpne$/,
  idcc: /^(code )?idcc$/,
  montant: /^(npec final|valeur finale)$/,
  statut: /^statut$/,
  date: /^date d'applicabilite/,
} as const satisfies Record<string, RegExp>;

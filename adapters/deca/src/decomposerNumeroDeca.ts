import { verifierNumeroDeca } from "@communs-opco/identifiants";

/**
 * Parties documentées d'un numéro DECA (`opco-echanges.md` §4.2) : département de
 * dépôt sur 3 caractères, année et mois, puis les 6 derniers caractères, dont le sens
 * n'est pas documenté publiquement (2 caractères « NC » ou 00–99, puis 4 chiffres).
 *
 * @example
 * ```ts
 * const n: NumeroDecaDecompose = { numero: "02B202212000000", departement: "02B", annee: 2022, mois: 12, code: "00", sequence: "0000" };
 * ```
 */
export interface NumeroDecaDecompose {
  readonly numero: string;
  readonly departement: string;
  readonly annee: number;
  readonly mois: number;
  readonly code: string;
  readonly sequence: string;
}

/**
 * Décompose un numéro DECA valide (normalisé par `verifierNumeroDeca` : espaces retirés,
 * majuscules) ; `undefined` pour un numéro invalide (le contrôle détaillé est la règle
 * R-NUM).
 *
 * @example
 * ```ts
 * decomposerNumeroDeca("075 2024 09 NC 0123");
 * // { numero: "075202409NC0123", departement: "075", annee: 2024, mois: 9, code: "NC", sequence: "0123" }
 * ```
 */
export function decomposerNumeroDeca(valeur: string): NumeroDecaDecompose | undefined {
  const verifie = verifierNumeroDeca(valeur);
  if (!verifie.valide) return undefined;
  const n = verifie.normalise;
  return {
    numero: n,
    departement: n.slice(0, 3),
    annee: Number(n.slice(3, 7)),
    mois: Number(n.slice(7, 9)),
    code: n.slice(9, 11),
    sequence: n.slice(11),
  };
}

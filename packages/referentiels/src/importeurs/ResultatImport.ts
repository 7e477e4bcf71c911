import type { Rejet } from "./Rejet";

/**
 * Comptes d'un import. Invariant : `lignesLues = lignesRetenues + lignesRejetees + lignesIgnorees`.
 * Une ligne retenue peut produire plusieurs enregistrements (cellule multi-RNCP, par exemple).
 *
 * @example
 * ```ts
 * const s: StatistiquesImport = { lignesLues: 3, lignesRetenues: 2, lignesRejetees: 1, lignesIgnorees: 0, enregistrements: 2 };
 * ```
 */
export interface StatistiquesImport {
  /** Lignes de données lues (hors lignes de titre et d'en-tête). */
  lignesLues: number;
  /** Lignes qui ont produit au moins un enregistrement. */
  lignesRetenues: number;
  /** Lignes rejetées (voir `rejets`). */
  lignesRejetees: number;
  /** Lignes vides ou de mise en forme, sans donnée. */
  lignesIgnorees: number;
  /** Nombre d'enregistrements produits. */
  enregistrements: number;
}

/**
 * Résultat d'un importeur : les enregistrements retenus, les lignes rejetées (avec ligne et raison)
 * et les statistiques. Aucune ligne n'est perdue silencieusement.
 *
 * @example
 * ```ts
 * const r: ResultatImport<string> = {
 *   enregistrements: ["RNCP1002"],
 *   rejets: [],
 *   statistiques: { lignesLues: 1, lignesRetenues: 1, lignesRejetees: 0, lignesIgnorees: 0, enregistrements: 1 },
 * };
 * ```
 */
export interface ResultatImport<T> {
  enregistrements: T[];
  rejets: Rejet[];
  statistiques: StatistiquesImport;
}

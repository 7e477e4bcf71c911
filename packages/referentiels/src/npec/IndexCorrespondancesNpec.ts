import type { CorrespondanceCpneIdcc } from "./CorrespondanceCpneIdcc";

/**
 * Correspondances CPNE ↔ IDCC du référentiel NPEC indexées une fois (au chargement de
 * l'instantané) : rattachements par IDCC et éditions (fichiers) qui ont leur propre table. Évite
 * à {@link rechercherNpec} de parcourir toutes les correspondances à chaque recherche.
 *
 * @example
 * ```ts
 * const index = IndexCorrespondancesNpec.construire(instantane.npec.correspondances);
 * index.rattachements("0478").length;
 * ```
 */
export class IndexCorrespondancesNpec {
  readonly #parIdcc: ReadonlyMap<string, readonly CorrespondanceCpneIdcc[]>;
  /** Éditions (fichiers) qui portent un onglet CPNE-IDCC. */
  readonly fichiersAvecTable: ReadonlySet<string>;

  private constructor(parIdcc: ReadonlyMap<string, readonly CorrespondanceCpneIdcc[]>, fichiersAvecTable: ReadonlySet<string>) {
    this.#parIdcc = parIdcc;
    this.fichiersAvecTable = fichiersAvecTable;
  }

  /** Indexe des correspondances (ordre d'origine conservé pour chaque IDCC). */
  static construire(correspondances: readonly CorrespondanceCpneIdcc[]): IndexCorrespondancesNpec {
    const parIdcc = new Map<string, CorrespondanceCpneIdcc[]>();
    const fichiers = new Set<string>();
    for (const c of correspondances) {
      fichiers.add(c.fichier);
      const liste = parIdcc.get(c.idcc);
      if (liste === undefined) parIdcc.set(c.idcc, [c]);
      else liste.push(c);
    }
    return new IndexCorrespondancesNpec(parIdcc, fichiers);
  }

  /** Rattachements d'un IDCC (4 chiffres), dans l'ordre des correspondances indexées. */
  rattachements(idcc: string): readonly CorrespondanceCpneIdcc[] {
    return this.#parIdcc.get(idcc) ?? [];
  }
}

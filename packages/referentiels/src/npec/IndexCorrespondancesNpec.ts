import { normaliserTexte } from "../importeurs/normaliserTexte";
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
  /** Libellés de CPNE normalisés par IDCC, calculés à la première recherche (l'index ne change pas). */
  readonly #libelles = new Map<string, ReadonlySet<string>>();
  /** Codes CPNE par IDCC et édition, calculés à la première recherche. */
  readonly #codes = new Map<string, ReadonlySet<string>>();

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

  /**
   * Codes CPNE d'un IDCC pour une édition : ses rattachements de cette édition quand elle porte sa
   * propre table, sinon tous ses rattachements. Calculés une fois par (IDCC, édition).
   */
  codesCpne(idcc: string, fichier: string): ReadonlySet<string> {
    const cle = `${idcc}\u0000${fichier}`;
    let codes = this.#codes.get(cle);
    if (codes === undefined) {
      const avecTable = this.fichiersAvecTable.has(fichier);
      codes = new Set(this.rattachements(idcc).filter((r) => !avecTable || r.fichier === fichier).map((r) => r.codeCpne));
      this.#codes.set(cle, codes);
    }
    return codes;
  }

  /** Libellés normalisés (`normaliserTexte`, non vides) des CPNE d'un IDCC, calculés une fois par IDCC. */
  libellesCpne(idcc: string): ReadonlySet<string> {
    let libelles = this.#libelles.get(idcc);
    if (libelles === undefined) {
      libelles = new Set(this.rattachements(idcc).map((r) => normaliserTexte(r.libelleCpne ?? "")).filter((l) => l !== ""));
      this.#libelles.set(idcc, libelles);
    }
    return libelles;
  }
}

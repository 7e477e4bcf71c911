import type { ScoreEtablissement } from "./ScoreEtablissement";

/**
 * Précision de l'algorithme pour une part des entreprises les mieux notées.
 *
 * @example
 * ```ts
 * const ligne: PrecisionAlgorithme = { part: 0.1, entreprises: 48, embauchesCaptees: 120, partEmbauches: 0.41 };
 * ```
 */
export interface PrecisionAlgorithme {
  /** Part des entreprises notées retenues (0,1 = les 10 % les mieux notées). */
  readonly part: number;
  readonly entreprises: number;
  /** Embauches réelles de ces entreprises sur la période observée. */
  readonly embauchesCaptees: number;
  /** embauchesCaptees ÷ embauches réelles de toutes les entreprises notées (0 si aucune). */
  readonly partEmbauches: number;
}

/**
 * Précision de l'algorithme (`lba.md` §7, indicateur 6) : part des embauches réellement observées
 * après la date de référence captée par les k % d'entreprises les mieux notées, pour chaque part k.
 * Les entreprises non notées sont ignorées ; à score égal, l'ordre est celui du SIRET.
 *
 * @param embauchesReelles - SIRET → embauches observées sur la période (une entreprise absente compte 0).
 * @param parts - parts à évaluer. @default [0.1, 0.2, 0.5, 1]
 * @example
 * ```ts
 * evaluerPrecision(scores, new Map([["80123456700015", 3]]), [0.1, 1]);
 * ```
 */
export function evaluerPrecision(
  scores: readonly ScoreEtablissement[],
  embauchesReelles: ReadonlyMap<string, number>,
  parts: readonly number[] = [0.1, 0.2, 0.5, 1],
): PrecisionAlgorithme[] {
  const notes = scores
    .filter((s) => s.statut === "note")
    .sort((a, b) => b.score - a.score || (a.siret < b.siret ? -1 : 1));
  const total = notes.reduce((s, n) => s + (embauchesReelles.get(n.siret) ?? 0), 0);
  return parts.map((part) => {
    const entreprises = Math.ceil(Math.min(1, Math.max(0, part)) * notes.length);
    const embauchesCaptees = notes.slice(0, entreprises).reduce((s, n) => s + (embauchesReelles.get(n.siret) ?? 0), 0);
    return { part, entreprises, embauchesCaptees, partEmbauches: total === 0 ? 0 : embauchesCaptees / total };
  });
}

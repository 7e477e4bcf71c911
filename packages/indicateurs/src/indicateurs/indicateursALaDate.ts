import { agregerParDimensions } from "./agregerParDimensions";
import { colonnesDimensions } from "./colonnesDimensions";
import type { Dimension } from "./Dimension";
import type { GroupeIndicateurs } from "./GroupeIndicateurs";
import type { LiaisonOpco, ModeLiaisonOpco } from "./LiaisonOpco";
import { EXCLUSION, statutsALaDate } from "./statutsALaDate";
import type { TableEffectifs } from "./TableEffectifs";

/**
 * Options des indicateurs à une date.
 *
 * @example
 * ```ts
 * const o: OptionsIndicateurs = { date: "2025-03-06", par: ["departement", "opco"], liaisonOpco: { mode: "idcc" } };
 * ```
 */
export interface OptionsIndicateurs {
  /** Date des indicateurs `AAAA-MM-JJ` (jamais « aujourd'hui » implicite). */
  date: string;
  par?: readonly Dimension[] | undefined;
  liaisonOpco?: LiaisonOpco | undefined;
  /** « Maintenant » du Tableau de bord, pour la dimension `trancheAgeTdb`. */
  dateReference?: string | undefined;
  filtrerAnneeScolaire?: boolean | undefined;
  filtrerFiabilite?: boolean | undefined;
}

/**
 * Indicateurs à une date : comptes par groupe, total, et bilan des effectifs (chaque effectif est
 * compté, ou écarté pour un motif : la somme fait le total).
 *
 * @example
 * ```ts
 * const r: ResultatIndicateurs = indicateursALaDate(table, { date: "2025-03-06", par: ["region"] });
 * r.bilan.comptes + r.bilan.nonDemarres + r.bilan.horsAnneeScolaire + r.bilan.nonFiables + r.bilan.illisibles === r.bilan.total; // true
 * ```
 */
export interface ResultatIndicateurs {
  date: string;
  par: Dimension[];
  /** Mode de rattachement OPCO utilisé (si la dimension `opco` est demandée). */
  liaisonOpco?: ModeLiaisonOpco | undefined;
  groupes: GroupeIndicateurs[];
  total: Omit<GroupeIndicateurs, "dimensions">;
  bilan: { total: number; comptes: number; nonDemarres: number; horsAnneeScolaire: number; nonFiables: number; illisibles: number };
}

/**
 * Calcule les indicateurs du Tableau de bord à une date (`indicateurs.md` §5.1) sur des effectifs
 * préparés : `dernierStatut` de chaque effectif à la date, filtres (année scolaire, fiabilité), puis
 * comptes par combinaison des dimensions demandées. Le total est calculé sans dimension (un effectif
 * rattaché à plusieurs OPCO n'y compte qu'une fois).
 *
 * @example
 * ```ts
 * const table = preparerEffectifs(effectifs);
 * const r = indicateursALaDate(table, { date: "2025-03-06", par: ["departement"] });
 * r.groupes[0]; // { dimensions: { departement: "75" }, apprenants: 35, apprentis: 5, ... }
 * ```
 */
export function indicateursALaDate(table: TableEffectifs, options: OptionsIndicateurs): ResultatIndicateurs {
  const par = [...(options.par ?? [])];
  const { statuts } = statutsALaDate(table, options.date, options);
  const colonnes = colonnesDimensions(table, par, options);
  const groupes = agregerParDimensions(colonnes, statuts).sort((a, b) => comparerDimensions(a.dimensions, b.dimensions, par));
  const [total] = agregerParDimensions([], statuts);
  const bilan = { total: table.taille, comptes: 0, nonDemarres: 0, horsAnneeScolaire: 0, nonFiables: 0, illisibles: 0 };
  for (let i = 0; i < statuts.length; i++) {
    const s = statuts[i]!;
    if (s < 5) bilan.comptes++;
    else if (s === EXCLUSION.NON_DEMARRE) bilan.nonDemarres++;
    else if (s === EXCLUSION.HORS_ANNEE_SCOLAIRE) bilan.horsAnneeScolaire++;
    else if (s === EXCLUSION.NON_FIABLE) bilan.nonFiables++;
    else bilan.illisibles++;
  }
  const { dimensions: _d, ...comptesTotal } = total ?? { dimensions: {}, apprenants: 0, apprentis: 0, inscrits: 0, rupturants: 0, abandons: 0, finDeFormation: 0 };
  return {
    date: options.date,
    par,
    ...(par.includes("opco") ? { liaisonOpco: options.liaisonOpco?.mode } : {}),
    groupes,
    total: comptesTotal,
    bilan,
  };
}

function comparerDimensions(a: Record<string, string | null>, b: Record<string, string | null>, par: readonly Dimension[]): number {
  for (const d of par) {
    const x = a[d] ?? null;
    const y = b[d] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}

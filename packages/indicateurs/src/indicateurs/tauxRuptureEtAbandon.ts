import { jourDepuisDate } from "@communs-opco/dates";
import { CODE_STATUT } from "../statut/Statut";
import { colonnesDimensions } from "./colonnesDimensions";
import type { Dimension } from "./Dimension";
import { dimensionsDeCle, groupesEffectif } from "./groupesEffectif";
import type { LiaisonOpco } from "./LiaisonOpco";
import type { TableEffectifs } from "./TableEffectifs";

/**
 * Taux de rupture et d'abandon d'un groupe sur une période.
 *
 * @example
 * ```ts
 * g; // { dimensions: { region: "84" }, populationRupture: 200, ruptures: 18, tauxRupture: 0.09, populationAbandon: 260, abandons: 12, tauxAbandon: 0.046 }
 * ```
 */
export interface TauxGroupe {
  dimensions: Record<string, string | null>;
  populationRupture: number;
  ruptures: number;
  tauxRupture: number | null;
  populationAbandon: number;
  abandons: number;
  tauxAbandon: number | null;
}

/**
 * Taux de rupture et taux d'abandon sur une période [début, fin] (proposition de `indicateurs.md` §5.1,
 * que le Tableau de bord ne calcule pas), à partir des parcours :
 * - **taux de rupture** = apprenants devenus RUPTURANT (une étape RUPTURANT datée dans la période) ÷
 *   apprenants APPRENTI au moins un jour de [début − 1 jour, fin] ; la veille du début est incluse pour
 *   qu'une rupture le premier jour de la période compte (l'apprenant était apprenti la veille) ;
 * - **taux d'abandon** = apprenants devenus ABANDON dans la période ÷ apprenants INSCRIT, APPRENTI ou
 *   RUPTURANT au moins un jour de [début − 1 jour, fin].
 * Le numérateur est pris dans la population du dénominateur (le taux est compris entre 0 et 1). Le filtre
 * de fiabilité s'applique ; pas le filtre d'année scolaire (la période peut en couvrir plusieurs).
 *
 * @example
 * ```ts
 * tauxRuptureEtAbandon(table, { debut: "2024-09-01", fin: "2025-08-31", par: ["region"] });
 * ```
 */
export function tauxRuptureEtAbandon(
  table: TableEffectifs,
  options: { debut: string; fin: string; par?: readonly Dimension[] | undefined; liaisonOpco?: LiaisonOpco | undefined },
): TauxGroupe[] {
  const d1 = jourDepuisDate(options.debut) - 1;
  const d2 = jourDepuisDate(options.fin);
  const colonnes = colonnesDimensions(table, options.par ?? [], { date: options.fin, liaisonOpco: options.liaisonOpco });
  const groupes = new Map<string, number[]>();
  const { debutsParcours, joursParcours, statutsParcours } = table;
  for (let i = 0; i < table.taille; i++) {
    if (table.fiable[i] === 0) continue;
    let apprenti = false;
    let actif = false;
    let rupture = false;
    let abandon = false;
    const fin = debutsParcours[i + 1]!;
    for (let k = debutsParcours[i]!; k < fin; k++) {
      const debutSegment = joursParcours[k]!;
      const finSegment = k + 1 < fin ? joursParcours[k + 1]! - 1 : Number.POSITIVE_INFINITY;
      const s = statutsParcours[k]!;
      const chevauche = debutSegment <= d2 && finSegment >= d1;
      if (chevauche && s === CODE_STATUT.APPRENTI) apprenti = true;
      if (chevauche && (s === CODE_STATUT.APPRENTI || s === CODE_STATUT.INSCRIT || s === CODE_STATUT.RUPTURANT)) actif = true;
      if (debutSegment > d1 && debutSegment <= d2) {
        if (s === CODE_STATUT.RUPTURANT) rupture = true;
        if (s === CODE_STATUT.ABANDON) abandon = true;
      }
    }
    if (!apprenti && !actif) continue;
    for (const cle of groupesEffectif(colonnes, i)) {
      let c = groupes.get(cle);
      if (c === undefined) {
        c = [0, 0, 0, 0];
        groupes.set(cle, c);
      }
      if (apprenti) {
        c[0]!++;
        if (rupture) c[1]!++;
      }
      if (actif) {
        c[2]!++;
        if (abandon) c[3]!++;
      }
    }
  }
  return [...groupes.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([cle, [pr, r, pa, a]]) => ({
      dimensions: dimensionsDeCle(colonnes, cle),
      populationRupture: pr!,
      ruptures: r!,
      tauxRupture: pr === 0 ? null : r! / pr!,
      populationAbandon: pa!,
      abandons: a!,
      tauxAbandon: pa === 0 ? null : a! / pa!,
    }));
}

import { jourDepuisDate } from "@communs-opco/dates";
import { medianeEtP90 } from "../impact/quantile";
import { STATUTS, type Statut } from "../statut/Statut";
import { colonnesDimensions } from "./colonnesDimensions";
import type { Dimension } from "./Dimension";
import { dimensionsDeCle, groupesEffectif } from "./groupesEffectif";
import type { OptionsIndicateurs } from "./indicateursALaDate";
import { statutsALaDate } from "./statutsALaDate";
import type { TableEffectifs } from "./TableEffectifs";

/**
 * Temps passé dans le statut courant, par groupe et par statut, à une date.
 *
 * @example
 * ```ts
 * g.statuts.RUPTURANT; // { effectifs: 20, moyenneJours: 64.5, medianeJours: 58, p90Jours: 150 }
 * ```
 */
export interface DureesGroupe {
  dimensions: Record<string, string | null>;
  statuts: Partial<Record<Statut, { effectifs: number; moyenneJours: number; medianeJours: number | null; p90Jours: number | null }>>;
}

/**
 * Temps dans le statut (`dernierStatutDureeInDay` du Tableau de bord) : pour chaque effectif compté à
 * la date, le nombre de jours écoulés depuis le début de son dernier statut ; moyenne, médiane et
 * 90ᵉ centile par groupe et par statut. Mêmes filtres que {@link indicateursALaDate}.
 *
 * @example
 * ```ts
 * dureesDansStatut(table, { date: "2025-03-06", par: ["departement"] });
 * ```
 */
export function dureesDansStatut(table: TableEffectifs, options: OptionsIndicateurs): DureesGroupe[] {
  const { statuts, depuis } = statutsALaDate(table, options.date, options);
  const d = jourDepuisDate(options.date);
  const colonnes = colonnesDimensions(table, (options.par ?? []) as Dimension[], options);
  const groupes = new Map<string, number[][]>();
  for (let i = 0; i < table.taille; i++) {
    const s = statuts[i]!;
    if (s >= 5) continue;
    for (const cle of groupesEffectif(colonnes, i)) {
      let g = groupes.get(cle);
      if (g === undefined) {
        g = [[], [], [], [], []];
        groupes.set(cle, g);
      }
      g[s]!.push(d - depuis[i]!);
    }
  }
  return [...groupes.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([cle, parStatut]) => {
      const resultat: DureesGroupe["statuts"] = {};
      parStatut.forEach((durees, s) => {
        if (durees.length === 0) return;
        const q = medianeEtP90(durees);
        resultat[STATUTS[s]!] = { effectifs: durees.length, moyenneJours: durees.reduce((a, b) => a + b, 0) / durees.length, medianeJours: q.mediane, p90Jours: q.p90 };
      });
      return { dimensions: dimensionsDeCle(colonnes, cle), statuts: resultat };
    });
}

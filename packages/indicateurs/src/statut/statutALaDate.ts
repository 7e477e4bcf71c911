import type { EtapeParcours } from "./EntreeStatut";
import type { Statut } from "./Statut";

/**
 * Le dernier statut du parcours dont la date est antérieure ou égale à `date` (`dernierStatut` des
 * indicateurs, `indicateurs.md` §5.1), avec sa date de début ; `undefined` avant la première étape
 * (la formation n'a pas commencé : l'apprenant n'est compté nulle part).
 *
 * @example
 * ```ts
 * const parcours = [{ date: "2024-09-01", statut: "INSCRIT" }, { date: "2024-11-30", statut: "ABANDON" }] as const;
 * statutALaDate(parcours, "2024-10-15"); // { statut: "INSCRIT", depuis: "2024-09-01" }
 * statutALaDate(parcours, "2024-08-01"); // undefined
 * ```
 */
export function statutALaDate(parcours: readonly EtapeParcours[], date: string): { statut: Statut; depuis: string } | undefined {
  let trouve: EtapeParcours | undefined;
  for (const etape of parcours) {
    if (etape.date <= date) trouve = etape;
    else break;
  }
  return trouve === undefined ? undefined : { statut: trouve.statut, depuis: trouve.date };
}


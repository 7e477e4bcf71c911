import type { Lecture } from "../Lecture";

/**
 * Taux (en %) de la dernière ligne de rémunération d'un contrat (la plus grande `ordre`, sinon la
 * dernière déclarée), ou `undefined` si aucune ligne n'a de taux.
 *
 * @example
 * ```ts
 * tauxDerniereAnnee(new Lecture({ contrat: { remunerationsAnnuelles: [{ ordre: "2.2", taux: 61 }] } })); // { taux: 61, ordre: "2.2" }
 * ```
 */
export function tauxDerniereAnnee(l: Lecture): { taux: number; ordre: string | undefined } | undefined {
  const lignes = l.brut("contrat.remunerationsAnnuelles");
  if (!Array.isArray(lignes)) return undefined;
  let retenue: { taux: number; ordre: string | undefined } | undefined;
  for (const ligne of lignes as unknown[]) {
    if (typeof ligne !== "object" || ligne === null) continue;
    const { taux, ordre } = ligne as { taux?: unknown; ordre?: unknown };
    if (typeof taux !== "number" || !Number.isFinite(taux)) continue;
    const o = typeof ordre === "string" ? ordre : undefined;
    if (retenue === undefined || o === undefined || retenue.ordre === undefined || o >= retenue.ordre) retenue = { taux, ordre: o };
  }
  return retenue;
}
